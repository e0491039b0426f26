package io.wikiengine.core.io.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a {@code published} value. Wiki.js writes {@code true} or {@code false}; translation tools have
 * translated them ({@code verdadero}, {@code tak}), and YAML 1.1 tools write {@code yes}/{@code no}. A value
 * that is none of these reads as {@code true}: Wiki.js's own default, and the safe one for a translation
 * tool, which changes words but not meaning, and most pages are published.
 */
public final class Published {

    private static final Set<String> TRUE = Set.of("true", "yes", "y", "on", "1",
            "verdadero", "verdadeiro", "vrai", "wahr", "waar", "vero", "tak", "ja", "sí", "si", "sim", "da", "igen",
            "evet", "kyllä", "taip", "jā", "áno", "ano", "benar", "ya", "totuus", "sann", "igaz", "adevărat",
            "истина", "да", "так", "правда", "是", "真", "はい", "예", "참", "נכון", "صحيح", "درست", "सत्य", "सही",
            "จริง", "đúng", "αληθής", "вярно");
    private static final Set<String> FALSE = Set.of("false", "no", "n", "off", "0",
            "falso", "faux", "falsch", "onwaar", "nie", "nein", "nej", "ne", "nem", "hayır", "ei", "nee", "não",
            "nao", "fals", "salah", "tidak", "epätosi", "ложь", "нет", "ні", "否", "假", "いいえ", "偽", "아니오",
            "거짓", "לא", "خطأ", "نادرست", "असत्य", "गलत", "เท็จ", "sai", "ψευδής", "невярно");

    private Published() {
    }

    /**
     * The flag a value stands for, and a note when it is not the plain {@code true} or {@code false} Wiki.js
     * writes.
     */
    public static Reading read(String value) {
        String word = value.strip().toLowerCase(Locale.ROOT);
        if (word.equals("true")) {
            return new Reading(true, Optional.empty());
        }
        if (word.equals("false")) {
            return new Reading(false, Optional.empty());
        }
        if (TRUE.contains(word)) {
            return new Reading(true, Optional.of("published: '" + value + "' read as true (a form of true)"));
        }
        if (FALSE.contains(word)) {
            return new Reading(false, Optional.of("published: '" + value + "' read as false (a form of false)"));
        }
        return new Reading(true, Optional.of("published: '" + value
                + "' is not understood: read as true (the Wiki.js default)"));
    }

    /**
     * A read flag.
     *
     * @param value the flag
     * @param note  what to report, when the value was not plain
     */
    public record Reading(boolean value, Optional<String> note) {
    }
}
