/** The compiled form of page rules and the decision memo behind {@code PermissionEngine}; not API. */
@NullMarked
package io.wikiengine.core.access.internal;

import org.jspecify.annotations.NullMarked;
