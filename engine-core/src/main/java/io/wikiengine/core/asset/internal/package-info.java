/** How assets are named, recognised, sanitised and streamed; not API. */
@NullMarked
package io.wikiengine.core.asset.internal;

import org.jspecify.annotations.NullMarked;
