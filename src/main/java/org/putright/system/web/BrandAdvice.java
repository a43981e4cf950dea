package org.putright.system.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the landlord's brand in the model of every page. */
@ControllerAdvice(annotations = Controller.class)
class BrandAdvice {

    private final ObjectProvider<BrandSource> source;

    BrandAdvice(ObjectProvider<BrandSource> source) {
        this.source = source;
    }

    @ModelAttribute("brand")
    Brand brand() {
        BrandSource available = source.getIfAvailable();
        return available == null ? Brand.DEFAULT : available.brand();
    }
}
