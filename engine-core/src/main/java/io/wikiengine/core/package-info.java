/** Wiki Engine's public Java API: {@link io.wikiengine.core.Wiki} and its configuration. */
@NullMarked
package io.wikiengine.core;

import org.jspecify.annotations.NullMarked;
