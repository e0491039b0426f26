package io.wikiengine.core.internal;

import io.wikiengine.core.error.WikiError;
import io.wikiengine.core.error.WikiException;
import org.jspecify.annotations.Nullable;

/**
 * Checks on caller text made before anything is written: the lengths the store's bounded columns hold (so an
 * over-long value is refused as bad input and consumes no id, decision 39, instead of failing in the database
 * as a generic error), and text a UTF-8 store cannot keep as given.
 *
 * <p>Lengths count UTF-16 code units ({@link String#length()}), never fewer than the characters H2 or the
 * code points PostgreSQL count, so a value that passes here fits either store.
 */
public final class Inputs {

    /** The length of the short text columns: names, emails, tags, slugs, rule ids, API key names. */
    public static final int SHORT = 255;
    /** The length of a group's landing page column. */
    public static final int REDIRECT = 1024;
    /** The length of a page path column ({@code wiki_pages.path} and the tables that repeat it). */
    public static final int PATH = 2048;

    private Inputs() {
    }

    /** Whether the text has a high surrogate without its low half or a low one without its high half. */
    public static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return true;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The message refusing a value longer than {@code max}, or null when it fits.
     *
     * @param field the field as a caller knows it, capitalised ({@code "Tag"}, {@code "Job title"})
     */
    public static @Nullable String tooLong(String field, String value, int max) {
        return value.length() <= max ? null : field + " is too long (maximum is " + max + " characters)";
    }

    /**
     * Refuses with 1012 a value longer than {@code max} or holding a lone surrogate.
     *
     * @param field the field as a caller knows it, capitalised
     * @return the value
     */
    public static String require(String field, String value, int max) {
        String message = tooLong(field, value, max);
        if (message != null) {
            throw WikiException.of(WikiError.INPUT_INVALID, message);
        }
        requireWellFormed(field, value);
        return value;
    }

    /** Refuses with 1012 a value holding a lone surrogate, which no UTF-8 store can keep. */
    public static String requireWellFormed(String field, String value) {
        if (hasLoneSurrogate(value)) {
            throw WikiException.of(WikiError.INPUT_INVALID, field + " contains an unpaired surrogate character");
        }
        return value;
    }
}
