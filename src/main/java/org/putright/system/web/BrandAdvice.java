package org.putright.system.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the landlord's brand in the model of every page. */
@ControllerAdvice(annotations = Controller.class)
class BrandAdvice {

    // Looked up once, not on every request.
    private final SingletonSupplier<BrandSource> source;

    BrandAdvice(ObjectProvider<BrandSource> source) {
        this.source = SingletonSupplier.ofNullable(source::getIfAvailable);
    }

    @ModelAttribute("brand")
    Brand brand() {
        BrandSource available = source.get();
        return available == null ? Brand.DEFAULT : available.brand();
    }
}
