package eu.loopmentoring.api.platform.mapping;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.mapstruct.Mapping;

/**
 * On a MapStruct method {@code XPageDto xs(Page<X> page, String next)}: the page's items and the
 * cursor to the next page, as the contract's page of a collection ({@code items}, {@code next}).
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
@Mapping(target = "items", source = "page.items")
@Mapping(target = "next", source = "next")
public @interface PageMapping {}
