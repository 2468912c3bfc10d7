# Runs the jar that `mvn -B package -DskipTests` builds.
FROM eclipse-temurin:17-jre
RUN useradd --system --home /app foyer
WORKDIR /app
COPY target/foyer-*.jar /app/foyer.jar
USER foyer
EXPOSE 8080
# The heap whole from the start, so that G1 cannot shrink it under load (README.md). Arguments after
# the image name (migrate, demo) reach Foyer.
ENV JAVA_OPTS="-Xms512m -Xmx512m"
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/foyer.jar \"$@\"", "foyer"]
