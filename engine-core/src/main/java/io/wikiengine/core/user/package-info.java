/** Users and their profiles. */
@NullMarked
package io.wikiengine.core.user;

import org.jspecify.annotations.NullMarked;
