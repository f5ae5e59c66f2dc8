package io.frontline.web.internal;

import java.time.Duration;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Static files under a few fixed prefixes instead of Boot's catch-all {@code /**} (switched off with
 * {@code spring.web.resources.add-mappings=false}).
 *
 * <p>Every link a page renders passes through the resource chain's URL rewriting (the webjars locator turns it on), and
 * under {@code /**} each one — every ticket link of a 50-row queue — cost a miss in several class-path locations: most
 * of a page's CPU time. With fixed prefixes a link that is not an asset is passed over by one pattern check. Style
 * sheets and scripts get a content hash in their URL and are cached for a year; webjars carry their version in the
 * path. The chat widget's script keeps its published URL and a short cache, because other sites embed it as it is.
 */
@Configuration
class StaticResources implements WebMvcConfigurer {

    private static final CacheControl IMMUTABLE =
            CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        for (String folder : List.of("css", "js")) {
            registry.addResourceHandler("/" + folder + "/**")
                    .addResourceLocations("classpath:/static/" + folder + "/")
                    .setCacheControl(IMMUTABLE)
                    .resourceChain(true)
                    .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
        }
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(IMMUTABLE)
                .resourceChain(true);
        registry.addResourceHandler("/chat/*.js")
                .addResourceLocations("classpath:/static/chat/")
                .setCacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                .resourceChain(true);
    }
}
