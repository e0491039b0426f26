package io.wikiengine.storage.testing;

import io.wikiengine.core.Wiki;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit Jupiter extension behind {@link WikiTest}: opens a {@link WikiFixture} per test or per class,
 * injects it (or its {@link Wiki}) into fields and parameters, and closes it when its scope ends.
 */
public final class WikiExtension implements TestInstancePostProcessor, BeforeEachCallback, AfterEachCallback,
        AfterAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(WikiExtension.class);
    private static final String KEY = "fixture";

    /** Made by JUnit. */
    public WikiExtension() {
    }

    @Override
    public void postProcessTestInstance(Object testInstance, ExtensionContext context) {
        if (lifecycle(context) == WikiTest.Lifecycle.PER_CLASS) {
            inject(testInstance, fixture(context));
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        WikiFixture fixture = fixture(context);
        for (Object instance : context.getRequiredTestInstances().getAllInstances()) {
            inject(instance, fixture);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (lifecycle(context) == WikiTest.Lifecycle.PER_TEST) {
            close(context.getStore(NAMESPACE));
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close(context.getStore(NAMESPACE));
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == WikiFixture.class || type == Wiki.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        WikiFixture fixture = fixture(context);
        return parameter.getParameter().getType() == Wiki.class ? fixture.wiki() : fixture;
    }

    /** The fixture of the context's scope: the test method's, or the class's for {@code PER_CLASS}. */
    private static WikiFixture fixture(ExtensionContext context) {
        WikiTest settings = settings(context);
        ExtensionContext scope = scope(context, settings.lifecycle());
        return scope.getStore(NAMESPACE).getOrComputeIfAbsent(KEY, key -> open(settings), WikiFixture.class);
    }

    private static ExtensionContext scope(ExtensionContext context, WikiTest.Lifecycle lifecycle) {
        if (lifecycle == WikiTest.Lifecycle.PER_TEST && context.getTestMethod().isPresent()) {
            return context;
        }
        ExtensionContext scope = context;
        while (scope.getTestMethod().isPresent() && scope.getParent().isPresent()) {
            scope = scope.getParent().get();
        }
        return scope;
    }

    private static WikiFixture open(WikiTest settings) {
        WikiFixture.Builder builder = WikiFixture.builder();
        for (String resource : settings.resources()) {
            builder.importResource(resource);
        }
        return builder.build();
    }

    private static WikiTest.Lifecycle lifecycle(ExtensionContext context) {
        return settings(context).lifecycle();
    }

    private static WikiTest settings(ExtensionContext context) {
        Optional<Class<?>> type = context.getTestClass();
        for (ExtensionContext at = context; type.isPresent(); ) {
            Optional<WikiTest> found = AnnotationSupport.findAnnotation(type.get(), WikiTest.class);
            if (found.isPresent()) {
                return found.get();
            }
            Optional<ExtensionContext> parent = at.getParent();
            if (parent.isEmpty()) {
                break;
            }
            at = parent.get();
            type = at.getTestClass();
        }
        throw new ExtensionConfigurationException("WikiExtension needs @WikiTest on the test class");
    }

    private static void close(ExtensionContext.Store store) {
        WikiFixture fixture = store.remove(KEY, WikiFixture.class);
        if (fixture != null) {
            fixture.close();
        }
    }

    private static void inject(Object instance, WikiFixture fixture) {
        for (Class<?> type = instance.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isFinal(modifiers)) {
                    continue;
                }
                Object value = field.getType() == WikiFixture.class ? fixture
                        : field.getType() == Wiki.class ? fixture.wiki() : null;
                if (value == null) {
                    continue;
                }
                try {
                    field.setAccessible(true);
                    field.set(instance, value);
                } catch (ReflectiveOperationException | RuntimeException e) {
                    throw new ExtensionConfigurationException("Cannot inject the wiki into " + field, e);
                }
            }
        }
    }
}
