package eu.loopmentoring.domain.school;

import eu.loopmentoring.domain.contracts.MethodsContract;
import eu.loopmentoring.domain.fakes.InMemoryMethods;

class InMemoryMethodsTest extends MethodsContract {

    private final InMemoryMethods methods = new InMemoryMethods();

    @Override
    protected Methods methods() {
        return methods;
    }

    @Override
    protected void store(Method method) {
        methods.add(method);
    }
}
