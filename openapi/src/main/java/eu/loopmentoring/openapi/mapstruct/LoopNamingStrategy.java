package eu.loopmentoring.openapi.mapstruct;

import javax.lang.model.element.ExecutableElement;
import org.mapstruct.ap.spi.DefaultAccessorNamingStrategy;

/**
 * Teaches MapStruct the shape of the generated DTOs: their fluent {@code removeXItem} and
 * {@code putXItem} helpers are not properties, so mappers can keep unmapped targets an error.
 * Used at compile time only (annotation processor path of the api module).
 */
public class GeneratedDtoNamingStrategy extends DefaultAccessorNamingStrategy {

    @Override
    public boolean isFluentSetter(ExecutableElement method) {
        String name = method.getSimpleName().toString();
        boolean collectionHelper = (name.startsWith("remove") || name.startsWith("put") || name.startsWith("add"))
                && name.endsWith("Item");
        return !collectionHelper && super.isFluentSetter(method);
    }
}
