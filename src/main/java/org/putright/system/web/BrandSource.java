package org.putright.system.web;

/** Supplies the landlord's current brand; the settings module provides it. */
public interface BrandSource {

    Brand brand();
}
