/** Outgoing mail: the sender a host plugs into its wiki, and the messages the wiki hands it. */
@NullMarked
package io.wikiengine.core.mail;

import org.jspecify.annotations.NullMarked;
