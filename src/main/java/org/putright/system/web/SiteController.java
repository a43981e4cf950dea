package org.putright.system.web;

import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The pages that belong to no one capability: the front page, sign-in and the brand stylesheet. */
@Controller
class SiteController {

    private final CurrentBrand currentBrand;

    SiteController(CurrentBrand currentBrand) {
        this.currentBrand = currentBrand;
    }

    @GetMapping("/")
    String home() {
        return "home";
    }

    @GetMapping("/login")
    String login(
            @RequestParam(name = "error", required = false) String error,
            @RequestParam(name = "signedOut", required = false) String signedOut,
            @RequestParam(name = "throttled", required = false) String throttled,
            Model model) {
        model.addAttribute("error", error != null);
        model.addAttribute("throttledMinutes", minutes(throttled));
        model.addAttribute("signedOut", signedOut != null);
        return "login";
    }

    /** How many minutes the sign-in page asks people to wait; 0 when it asks no one to wait. */
    private static int minutes(@Nullable String throttled) {
        if (throttled == null) {
            return 0;
        }
        try {
            return Math.max(1, Math.min(Integer.parseInt(throttled), 60));
        } catch (NumberFormatException e) {
            return 15;
        }
    }

    /** The landlord's colour as a stylesheet, so that no page needs an inline style. */
    @GetMapping(value = "/assets/brand.css", produces = "text/css")
    ResponseEntity<String> brandStylesheet() {
        Brand brand = currentBrand.get();
        return ResponseEntity.ok()
                .contentType(MediaType.valueOf("text/css"))
                .cacheControl(CacheControl.noCache())
                .body(":root { --putright-brand: " + brand.primaryColour() + "; }\n");
    }
}
