package dev.foyer.deals;

import dev.foyer.identity.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user's dashboard figures. */
@RestController
class DashboardController {

    private final DashboardQueries dashboard;

    DashboardController(DashboardQueries dashboard) {
        this.dashboard = dashboard;
    }

    @GetMapping("/api/dashboard")
    DashboardResponse dashboard() {
        return dashboard.dashboard(CurrentUser.require().id());
    }
}
