package org.putright.system.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * The landlord's brand for a page being drawn, or Putright's default where nothing supplies one
 * (an application slice without the settings module).
 */
@Component
public class CurrentBrand {

    // Looked up once, not on every request.
    private final SingletonSupplier<BrandSource> source;

    CurrentBrand(ObjectProvider<BrandSource> source) {
        this.source = SingletonSupplier.ofNullable(source::getIfAvailable);
    }

    public Brand get() {
        BrandSource available = source.get();
        return available == null ? Brand.DEFAULT : available.brand();
    }
}
