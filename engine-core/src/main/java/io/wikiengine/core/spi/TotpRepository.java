package io.wikiengine.core.spi;

import java.time.Instant;
import java.util.OptionalLong;

/**
 * What two-factor login remembers between attempts (decision 22): the last time step whose code each user
 * spent, so that a code is accepted once, and the failed attempts made with each continuation token.
 */
public interface TotpRepository {

    /** The last time step whose code the user spent. */
    OptionalLong lastStep(int userId);

    /** Records that the user spent the code of this time step. */
    void spendStep(int userId, long step);

    /** Counts one more failed attempt with this continuation token and returns the new count. */
    int recordFailure(String token, Instant at);

    /** Forgets the failed attempts of this continuation token. */
    void clearFailures(String token);

    /** Forgets failed attempts recorded before this time (their tokens have expired). */
    int purgeFailuresBefore(Instant before);
}
