package eu.loopmentoring.mapstruct;

import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import org.mapstruct.ap.spi.DefaultAccessorNamingStrategy;

/**
 * Teaches MapStruct two shapes of this build, so that every mapper can keep unmapped targets an
 * error: the generated DTOs' fluent {@code removeXItem}/{@code putXItem} helpers, and the domain's
 * records, whose one-argument methods returning a changed copy ({@code person.withPlatformRoles})
 * are not setters (records are built through their constructor). Used at compile time only, on
 * the annotation processor path of the modules that have mappers.
 */
public class LoopNamingStrategy extends DefaultAccessorNamingStrategy {

    @Override
    public boolean isFluentSetter(ExecutableElement method) {
        if (method.getEnclosingElement().getKind() == ElementKind.RECORD) {
            return false;
        }
        String name = method.getSimpleName().toString();
        boolean collectionHelper = (name.startsWith("remove") || name.startsWith("put") || name.startsWith("add"))
                && name.endsWith("Item");
        return !collectionHelper && super.isFluentSetter(method);
    }
}
