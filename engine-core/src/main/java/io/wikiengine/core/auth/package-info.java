/**
 * Authentication: resolving the caller of a request from its token, local login with two-factor and
 * password-change steps, registration, password flows, API keys and the wiki's signing keys.
 */
@NullMarked
package io.wikiengine.core.auth;

import org.jspecify.annotations.NullMarked;
