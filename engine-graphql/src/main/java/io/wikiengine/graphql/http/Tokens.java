package io.wikiengine.graphql.http;

import com.sun.net.httpserver.Headers;
import org.jspecify.annotations.Nullable;

/** Where a request's token comes from (spec ): the bearer header, then the {@code jwt} cookie. */
final class Tokens {

    private Tokens() {
    }

    /**
     * The token of the request, or null.
     *
     * @param cookieAllowed false for the upload route, where only the header counts
     */
    static @Nullable String fromRequest(Headers headers, boolean cookieAllowed) {
        String authorization = headers.getFirst("Authorization");
        if (authorization != null) {
            String value = authorization.strip();
            if (value.regionMatches(true, 0, "Bearer ", 0, 7)) {
                String token = value.substring(7).strip();
                if (!token.isEmpty()) {
                    return token;
                }
            }
        }
        if (!cookieAllowed) {
            return null;
        }
        for (String header : headers.getOrDefault("Cookie", java.util.List.of())) {
            for (String cookie : header.split(";")) {
                String c = cookie.strip();
                if (c.startsWith("jwt=") && c.length() > 4) {
                    return c.substring(4);
                }
            }
        }
        return null;
    }
}
