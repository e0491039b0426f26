/** Groups, their permissions and page rules. */
@NullMarked
package io.wikiengine.core.group;

import org.jspecify.annotations.NullMarked;
