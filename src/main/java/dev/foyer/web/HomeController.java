package dev.foyer.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public front page: what Foyer is and where its API is documented.
 */
@Controller
class HomeController {

    static final String HOME_VIEW = "home";

    @GetMapping("/")
    String home() {
        return HOME_VIEW;
    }
}
