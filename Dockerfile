# Runs the jar that `mvn -B package -DskipTests` builds.
FROM eclipse-temurin:17-jre
RUN useradd --system --home /app foyer
WORKDIR /app
COPY target/foyer-*.jar /app/foyer.jar
USER foyer
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/foyer.jar"]
