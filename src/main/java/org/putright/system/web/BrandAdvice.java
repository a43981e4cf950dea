package org.putright.system.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the landlord's brand in the model of every page. */
@ControllerAdvice(annotations = Controller.class)
class BrandAdvice {

    private final CurrentBrand brand;

    BrandAdvice(CurrentBrand brand) {
        this.brand = brand;
    }

    @ModelAttribute("brand")
    Brand brand() {
        return brand.get();
    }
}
