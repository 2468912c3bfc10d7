package dev.foyer.deals.web;

import java.util.Locale;

import dev.foyer.deals.DashboardQueries;
import dev.foyer.deals.DealService;
import dev.foyer.identity.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Where a signed-in user lands: the figures of the dashboard API and a chart of the pipeline. */
@Controller
class DashboardPages {

    static final String VIEW = "deals/dashboard";

    private final DashboardQueries dashboard;
    private final DealService deals;

    DashboardPages(DashboardQueries dashboard, DealService deals) {
        this.dashboard = dashboard;
        this.deals = deals;
    }

    @GetMapping("/dashboard")
    String dashboard(Locale locale, Model model) {
        var figures = dashboard.dashboard(CurrentUser.require().id());
        model.addAttribute("dashboard", figures);
        model.addAttribute("chart", StageChart.of(figures.byStage(), figures.openPipelineValue(),
                deals.defaultCurrency(), locale).orElse(null));
        return VIEW;
    }
}
