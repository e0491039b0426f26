/** Internals of the rendering pipeline: markdown extensions, the HTML core steps, the sanitiser. Not API. */
@NullMarked
package io.wikiengine.core.render.internal;

import org.jspecify.annotations.NullMarked;
