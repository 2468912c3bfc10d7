package dev.foyer.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What htmx says about a request in its headers, so that one page controller answers both a full
 * page load and htmx's swap of part of it.
 */
public final class Htmx {

    private Htmx() {
    }

    /**
     * Whether htmx asked to swap the element with this id. A history restore (the back button after
     * the cache was lost) asks for the whole page even though htmx sends it.
     */
    public static boolean targets(HttpServletRequest request, String elementId) {
        return "true".equals(request.getHeader("HX-Request"))
                && !"true".equals(request.getHeader("HX-History-Restore-Request"))
                && elementId.equals(request.getHeader("HX-Target"));
    }
}
