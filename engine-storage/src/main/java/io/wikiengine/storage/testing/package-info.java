/**
 * The fixture wiki for tests: {@link io.wikiengine.storage.testing.WikiFixture}, an in-memory wiki opened in
 * one line with builder methods for users, groups, pages and assets, and the JUnit Jupiter extension
 * {@link io.wikiengine.storage.testing.WikiTest}.
 *
 * <p>It lives in engine-storage because a fixture needs a real store (H2 in memory), which engine-core does
 * not have. JUnit is an optional dependency of engine-storage: {@code WikiFixture} works without it, and a
 * host that uses {@code @WikiTest} already has JUnit on its test class path.
 */
@NullMarked
package io.wikiengine.storage.testing;

import org.jspecify.annotations.NullMarked;
