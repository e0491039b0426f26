/** Scopes, actors, page rules and the permission engine that decides every call as Wiki.js does. */
@NullMarked
package io.wikiengine.core.access;

import org.jspecify.annotations.NullMarked;
