package dev.foyer;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    @Test
    void modulesKeepTheirBoundariesAndTheirDiagramsAreWritten() {
        var modules = ApplicationModules.of(FoyerApplication.class);

        modules.verify();

        // target/spring-modulith-docs: the module map the README describes, drawn from the code.
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
