package io.wikiengine.storage.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives a JUnit Jupiter test class a {@link WikiFixture}: an in-memory wiki, injected into every non-static
 * field of type {@link WikiFixture} or {@link io.wikiengine.core.Wiki} and into every parameter of those types
 * (test methods, {@code @BeforeEach} methods and, with {@link Lifecycle#PER_CLASS}, {@code @BeforeAll} methods).
 *
 * <pre>{@code
 * @WikiTest
 * class MyTest {
 *     WikiFixture fixture;
 *
 *     @Test
 *     void pagesStartEmpty(Wiki wiki) {
 *         assertEquals(List.of(), wiki.pages().list(fixture.admin(), PageListQuery.ALL));
 *     }
 * }
 *
 * @WikiTest(lifecycle = WikiTest.Lifecycle.PER_CLASS, resources = "wikis/handbook")
 * class ReadOnlyTest { ... }
 * }</pre>
 *
 * <p>Each wiki is closed, and its database dropped, when its test (or class) ends.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(WikiExtension.class)
public @interface WikiTest {

    /** Whether each test gets a fresh wiki (the default) or the tests of a class share one. */
    Lifecycle lifecycle() default Lifecycle.PER_TEST;

    /** Class-path folders in Wiki.js storage format imported into each new wiki, in order. */
    String[] resources() default {};

    /** How long a wiki lives. */
    enum Lifecycle {
        /** A fresh wiki for every test method. */
        PER_TEST,
        /** One wiki for all the tests of the class, made before the first and closed after the last. */
        PER_CLASS
    }
}
