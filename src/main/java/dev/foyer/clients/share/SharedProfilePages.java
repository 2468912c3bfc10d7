package dev.foyer.clients.share;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.util.UUID;

import dev.foyer.api.ClientAddresses;
import dev.foyer.documents.Attachments;
import dev.foyer.documents.ObjectStorage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/**
 * The page a landlord opens from a share link, without signing in, and the documents it lists.
 * {@link ShareTokenFilter} has already taken the token out of the address; it comes from the request
 * attribute. A link that does not exist is a 404 page, one that expired or was revoked a 410 page.
 */
@Controller
class SharedProfilePages {

    static final String PATH = "/share/{token}";
    static final String PROFILE_VIEW = "share/profile";
    static final String UNAVAILABLE_VIEW = "share/unavailable";

    private static final Logger log = LoggerFactory.getLogger(SharedProfilePages.class);
    private static final String PAGE = ShareTokenFilter.PREFIX + ShareTokenFilter.MASK;

    private final SharedProfileService profiles;
    private final ObjectStorage storage;
    private final ClientAddresses addresses;

    SharedProfilePages(SharedProfileService profiles, ObjectStorage storage, ClientAddresses addresses) {
        this.profiles = profiles;
        this.storage = storage;
        this.addresses = addresses;
    }

    @GetMapping(PAGE)
    ModelAndView profile(HttpServletRequest request) {
        var opened = profiles.open(token(request), addresses.of(request), request.getHeader(HttpHeaders.USER_AGENT));
        if (opened instanceof SharedProfileService.Opened.Shown shown) {
            var page = new ModelAndView(PROFILE_VIEW);
            page.addObject("profile", shown.profile());
            page.addObject("token", token(request));
            return page;
        }
        return unavailable(opened instanceof SharedProfileService.Opened.Gone ? HttpStatus.GONE : HttpStatus.NOT_FOUND);
    }

    @GetMapping(PAGE + "/documents/{documentId}")
    ModelAndView document(@PathVariable UUID documentId, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        var download = profiles.document(token(request), documentId);
        if (!(download instanceof SharedProfileService.Download.Found found)) {
            return unavailable(download instanceof SharedProfileService.Download.Gone ? HttpStatus.GONE : HttpStatus.NOT_FOUND);
        }
        var document = found.document();
        try (InputStream content = storage.open(document.s3Key())) {
            Attachments.headers(document.filename(), document.mimeType(), document.sizeBytes())
                    .forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
            content.transferTo(response.getOutputStream());
        } catch (NoSuchFileException missing) {
            log.error("A shared document has no object in storage");
            return unavailable(HttpStatus.NOT_FOUND);
        }
        return null;
    }

    /**
     * Everything that goes wrong here ends here, as a page: an exception left to the servlet container
     * would carry the original address, token and all, into its error handling.
     */
    @ExceptionHandler(Exception.class)
    ModelAndView failed(Exception e) {
        log.error("A shared profile request failed", e);
        return unavailable(HttpStatus.INTERNAL_SERVER_ERROR);
    }

    private static ModelAndView unavailable(HttpStatus status) {
        var page = new ModelAndView(UNAVAILABLE_VIEW, status);
        page.addObject("status", status.value());
        return page;
    }

    private static String token(HttpServletRequest request) {
        return (String) request.getAttribute(ShareTokenFilter.TOKEN_ATTRIBUTE);
    }
}
