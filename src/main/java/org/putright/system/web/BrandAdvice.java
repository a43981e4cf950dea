package org.putright.system.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Puts the landlord's brand in the model of every page. An interceptor kept off the API rather
 * than a controller advice: an advice chosen by annotation is tested against every request's
 * controller and, as a {@code @RestController} is a {@code @Controller}, ran for every API call,
 * which never draws a page.
 */
@Configuration(proxyBeanMethods = false)
class BrandAdvice implements HandlerInterceptor, WebMvcConfigurer {

    private final CurrentBrand brand;

    BrandAdvice(CurrentBrand brand) {
        this.brand = brand;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).excludePathPatterns("/api/**");
    }

    @Override
    public void postHandle(
            HttpServletRequest request, HttpServletResponse response, Object handler, @Nullable ModelAndView page) {
        if (page != null && !redirects(page)) {
            page.addObject("brand", brand.get());
        }
    }

    private static boolean redirects(ModelAndView page) {
        String name = page.getViewName();
        return page.getView() instanceof RedirectView || (name != null && name.startsWith("redirect:"));
    }
}
