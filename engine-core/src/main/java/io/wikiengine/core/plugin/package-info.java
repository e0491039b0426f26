/**
 * Optional plugins a host installs with {@code Wiki.builder().plugin(...)}: today, the way several instances
 * over one database tell each other what changed ({@link io.wikiengine.core.plugin.WikiPlugin},
 * {@link io.wikiengine.core.plugin.Topic}).
 */
@NullMarked
package io.wikiengine.core.plugin;

import org.jspecify.annotations.NullMarked;
