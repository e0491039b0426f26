/** Sending mail through the host: the wiki composes, the host delivers. */
@NullMarked
package io.wikiengine.core.mail;

import org.jspecify.annotations.NullMarked;
