/**
 * The fixture wiki for tests: {@link io.wikiengine.storage.testing.WikiFixture}, an in-memory wiki opened in
 * one line with builder methods for users, groups, pages and assets, and the JUnit Jupiter extension
 * {@link io.wikiengine.storage.testing.WikiTest}, on throw-away stores from
 * {@link io.wikiengine.storage.testing.TestStores}: H2 in memory by default, a PostgreSQL schema of their own
 * with {@code WIKI_TEST_STORE=postgres}.
 *
 * <p>It lives in engine-storage because a fixture needs a real store, which engine-core does
 * not have. JUnit is an optional dependency of engine-storage: {@code WikiFixture} works without it, and a
 * host that uses {@code @WikiTest} already has JUnit on its test class path.
 */
@NullMarked
package io.wikiengine.storage.testing;

import org.jspecify.annotations.NullMarked;
