package io.wikiengine.graphql.internal;

import graphql.schema.DataFetchingEnvironment;
import io.wikiengine.core.access.Actor;
import io.wikiengine.core.error.WikiError;
import io.wikiengine.core.error.WikiException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Reading a data fetcher's arguments and caller, in the forms the core services take. */
public final class Args {

    private Args() {
    }

    /** The caller's actor; fields behind {@code @auth} always have one. */
    public static Actor actor(DataFetchingEnvironment env) {
        Actor actor = actorOrNull(env);
        if (actor == null) {
            throw GraphQLFailure.unauthorized();
        }
        return actor;
    }

    /** The caller's actor, or null when the request has none. */
    public static @Nullable Actor actorOrNull(DataFetchingEnvironment env) {
        Caller caller = env.getGraphQlContext().get(Caller.class);
        return caller == null ? null : caller.actor();
    }

    /**
     * The caller's actor; for a request with no actor at all, an actor with no permissions and no
     * groups standing for nobody, which operations without {@code @auth} refuse as they refuse the guest.
     */
    public static Actor actorOrNone(DataFetchingEnvironment env) {
        Actor actor = actorOrNull(env);
        return actor == null ? Actor.guest(java.util.Set.of(), java.util.List.of()) : actor;
    }

    /** The caller's rate-limiting key (the remote address over HTTP). */
    public static String clientKey(DataFetchingEnvironment env) {
        Caller caller = env.getGraphQlContext().get(Caller.class);
        return caller == null ? "local" : caller.clientKey();
    }

    /** A required Int argument. */
    public static int integer(DataFetchingEnvironment env, String name) {
        Object value = env.getArgument(name);
        if (value instanceof Number n) {
            return n.intValue();
        }
        throw WikiException.of(WikiError.INPUT_INVALID, "Argument " + name + " is required.");
    }

    /** An optional Int argument, or the fallback when absent or null. */
    public static int integer(DataFetchingEnvironment env, String name, int fallback) {
        Object value = env.getArgument(name);
        return value instanceof Number n ? n.intValue() : fallback;
    }

    /** An optional Int argument, or null. */
    public static @Nullable Integer optionalInteger(DataFetchingEnvironment env, String name) {
        Object value = env.getArgument(name);
        return value instanceof Number n ? n.intValue() : null;
    }

    /** A required String argument. */
    public static String string(DataFetchingEnvironment env, String name) {
        Object value = env.getArgument(name);
        if (value instanceof String s) {
            return s;
        }
        throw WikiException.of(WikiError.INPUT_INVALID, "Argument " + name + " is required.");
    }

    /** An optional String argument, or null. */
    public static @Nullable String optionalString(DataFetchingEnvironment env, String name) {
        Object value = env.getArgument(name);
        return value instanceof String s ? s : null;
    }

    /** An optional String argument, or the fallback. */
    public static String string(DataFetchingEnvironment env, String name, String fallback) {
        String value = optionalString(env, name);
        return value == null ? fallback : value;
    }

    /** An optional Boolean argument, or null. */
    public static @Nullable Boolean optionalBoolean(DataFetchingEnvironment env, String name) {
        Object value = env.getArgument(name);
        return value instanceof Boolean b ? b : null;
    }

    /** A Boolean argument, or the fallback. */
    public static boolean bool(DataFetchingEnvironment env, String name, boolean fallback) {
        Boolean value = optionalBoolean(env, name);
        return value == null ? fallback : value;
    }

    /** A list of strings; null entries are dropped. Null when the argument is absent. */
    public static @Nullable List<String> optionalStrings(DataFetchingEnvironment env, String name) {
        Object value = env.getArgument(name);
        if (!(value instanceof List<?> list)) {
            return null;
        }
        List<String> result = new ArrayList<>(list.size());
        for (Object item : list) {
            if (item != null) {
                result.add(item.toString());
            }
        }
        return result;
    }

    /** A list of strings, empty when absent. */
    public static List<String> strings(DataFetchingEnvironment env, String name) {
        List<String> value = optionalStrings(env, name);
        return value == null ? List.of() : value;
    }

    /** A list of ints; null entries are dropped; empty when absent. */
    public static List<Integer> integers(DataFetchingEnvironment env, String name) {
        Object value = env.getArgument(name);
        if (!(value instanceof List<?> list)) {
            return List.of();
        }
        List<Integer> result = new ArrayList<>(list.size());
        for (Object item : list) {
            if (item instanceof Number n) {
                result.add(n.intValue());
            }
        }
        return result;
    }

    /** Whether the argument was given at all (explicit null counts as given). */
    public static boolean given(DataFetchingEnvironment env, String name) {
        return env.containsArgument(name);
    }

    /**
     * A {@code Date} argument in the string form pages store: the ISO-8601 UTC text with milliseconds, or
     * {@code ""} when unset; null when the argument is absent.
     */
    public static @Nullable String optionalDate(DataFetchingEnvironment env, String name) {
        if (!env.containsArgument(name)) {
            return null;
        }
        Object value = env.getArgument(name);
        if (value instanceof Instant instant) {
            return DateScalar.format(instant);
        }
        return "";
    }

    /** A required {@code Date} argument as an instant. */
    public static Instant instant(DataFetchingEnvironment env, String name) {
        Object value = env.getArgument(name);
        if (value instanceof Instant instant) {
            return instant;
        }
        throw WikiException.of(WikiError.INPUT_INVALID, "Argument " + name + " must be an ISO-8601 date-time.");
    }
}
