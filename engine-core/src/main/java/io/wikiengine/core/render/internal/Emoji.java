package io.wikiengine.core.render.internal;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Emoji shortcodes ({@code :smile:}) for the common names of the markdown-it-emoji table. An unknown
 * name stays as typed.
 */
final class Emoji {

    private static final Pattern SHORTCODE = Pattern.compile(":([a-z0-9_+\\-]+):");

    private static final Map<String, String> TABLE = Map.ofEntries(
            Map.entry("smile", "\uD83D\uDE04"), Map.entry("smiley", "\uD83D\uDE03"),
            Map.entry("grinning", "\uD83D\uDE00"), Map.entry("grin", "\uD83D\uDE01"),
            Map.entry("laughing", "\uD83D\uDE06"), Map.entry("satisfied", "\uD83D\uDE06"),
            Map.entry("joy", "\uD83D\uDE02"), Map.entry("rofl", "\uD83E\uDD23"),
            Map.entry("blush", "\uD83D\uDE0A"), Map.entry("innocent", "\uD83D\uDE07"),
            Map.entry("slightly_smiling_face", "\uD83D\uDE42"), Map.entry("upside_down_face", "\uD83D\uDE43"),
            Map.entry("wink", "\uD83D\uDE09"), Map.entry("relieved", "\uD83D\uDE0C"),
            Map.entry("heart_eyes", "\uD83D\uDE0D"), Map.entry("kissing_heart", "\uD83D\uDE18"),
            Map.entry("yum", "\uD83D\uDE0B"), Map.entry("stuck_out_tongue", "\uD83D\uDE1B"),
            Map.entry("stuck_out_tongue_winking_eye", "\uD83D\uDE1C"), Map.entry("sunglasses", "\uD83D\uDE0E"),
            Map.entry("thinking", "\uD83E\uDD14"), Map.entry("neutral_face", "\uD83D\uDE10"),
            Map.entry("expressionless", "\uD83D\uDE11"), Map.entry("unamused", "\uD83D\uDE12"),
            Map.entry("roll_eyes", "\uD83D\uDE44"), Map.entry("smirk", "\uD83D\uDE0F"),
            Map.entry("pensive", "\uD83D\uDE14"), Map.entry("confused", "\uD83D\uDE15"),
            Map.entry("worried", "\uD83D\uDE1F"), Map.entry("frowning", "\uD83D\uDE26"),
            Map.entry("slightly_frowning_face", "\uD83D\uDE41"), Map.entry("cry", "\uD83D\uDE22"),
            Map.entry("sob", "\uD83D\uDE2D"), Map.entry("angry", "\uD83D\uDE20"),
            Map.entry("rage", "\uD83D\uDE21"), Map.entry("scream", "\uD83D\uDE31"),
            Map.entry("fearful", "\uD83D\uDE28"), Map.entry("cold_sweat", "\uD83D\uDE30"),
            Map.entry("sweat_smile", "\uD83D\uDE05"), Map.entry("sweat", "\uD83D\uDE13"),
            Map.entry("open_mouth", "\uD83D\uDE2E"), Map.entry("astonished", "\uD83D\uDE32"),
            Map.entry("flushed", "\uD83D\uDE33"), Map.entry("sleeping", "\uD83D\uDE34"),
            Map.entry("sleepy", "\uD83D\uDE2A"), Map.entry("mask", "\uD83D\uDE37"),
            Map.entry("nerd_face", "\uD83E\uDD13"), Map.entry("imp", "\uD83D\uDC7F"),
            Map.entry("smiling_imp", "\uD83D\uDE08"), Map.entry("skull", "\uD83D\uDC80"),
            Map.entry("ghost", "\uD83D\uDC7B"), Map.entry("alien", "\uD83D\uDC7D"),
            Map.entry("robot", "\uD83E\uDD16"), Map.entry("poop", "\uD83D\uDCA9"),
            Map.entry("hankey", "\uD83D\uDCA9"), Map.entry("clown_face", "\uD83E\uDD21"),
            Map.entry("heart", "\u2764\uFE0F"), Map.entry("broken_heart", "\uD83D\uDC94"),
            Map.entry("yellow_heart", "\uD83D\uDC9B"), Map.entry("green_heart", "\uD83D\uDC9A"),
            Map.entry("blue_heart", "\uD83D\uDC99"), Map.entry("purple_heart", "\uD83D\uDC9C"),
            Map.entry("sparkling_heart", "\uD83D\uDC96"), Map.entry("two_hearts", "\uD83D\uDC95"),
            Map.entry("+1", "\uD83D\uDC4D"), Map.entry("thumbsup", "\uD83D\uDC4D"),
            Map.entry("-1", "\uD83D\uDC4E"), Map.entry("thumbsdown", "\uD83D\uDC4E"),
            Map.entry("ok_hand", "\uD83D\uDC4C"), Map.entry("clap", "\uD83D\uDC4F"),
            Map.entry("wave", "\uD83D\uDC4B"), Map.entry("raised_hands", "\uD83D\uDE4C"),
            Map.entry("pray", "\uD83D\uDE4F"), Map.entry("muscle", "\uD83D\uDCAA"),
            Map.entry("point_right", "\uD83D\uDC49"), Map.entry("point_left", "\uD83D\uDC48"),
            Map.entry("point_up", "\u261D\uFE0F"), Map.entry("point_down", "\uD83D\uDC47"),
            Map.entry("v", "\u270C\uFE0F"), Map.entry("fist", "\u270A"),
            Map.entry("eyes", "\uD83D\uDC40"), Map.entry("star", "\u2B50"),
            Map.entry("star2", "\uD83C\uDF1F"), Map.entry("sparkles", "\u2728"),
            Map.entry("zap", "\u26A1"), Map.entry("fire", "\uD83D\uDD25"),
            Map.entry("boom", "\uD83D\uDCA5"), Map.entry("tada", "\uD83C\uDF89"),
            Map.entry("rocket", "\uD83D\uDE80"), Map.entry("warning", "\u26A0\uFE0F"),
            Map.entry("no_entry", "\u26D4"), Map.entry("x", "\u274C"),
            Map.entry("heavy_check_mark", "\u2714\uFE0F"), Map.entry("white_check_mark", "\u2705"),
            Map.entry("question", "\u2753"), Map.entry("exclamation", "\u2757"),
            Map.entry("bulb", "\uD83D\uDCA1"), Map.entry("memo", "\uD83D\uDCDD"),
            Map.entry("pencil", "\uD83D\uDCDD"), Map.entry("pencil2", "\u270F\uFE0F"),
            Map.entry("book", "\uD83D\uDCD6"), Map.entry("books", "\uD83D\uDCDA"),
            Map.entry("link", "\uD83D\uDD17"), Map.entry("lock", "\uD83D\uDD12"),
            Map.entry("unlock", "\uD83D\uDD13"), Map.entry("key", "\uD83D\uDD11"),
            Map.entry("bell", "\uD83D\uDD14"), Map.entry("mag", "\uD83D\uDD0D"),
            Map.entry("gear", "\u2699\uFE0F"), Map.entry("wrench", "\uD83D\uDD27"),
            Map.entry("hammer", "\uD83D\uDD28"), Map.entry("bug", "\uD83D\uDC1B"),
            Map.entry("computer", "\uD83D\uDCBB"), Map.entry("iphone", "\uD83D\uDCF1"),
            Map.entry("email", "\uD83D\uDCE7"), Map.entry("envelope", "\u2709\uFE0F"),
            Map.entry("calendar", "\uD83D\uDCC6"), Map.entry("clock", "\uD83D\uDD50"),
            Map.entry("hourglass", "\u231B"), Map.entry("watch", "\u231A"),
            Map.entry("package", "\uD83D\uDCE6"), Map.entry("gift", "\uD83C\uDF81"),
            Map.entry("trophy", "\uD83C\uDFC6"), Map.entry("medal", "\uD83C\uDFC5"),
            Map.entry("chart_with_upwards_trend", "\uD83D\uDCC8"), Map.entry("moneybag", "\uD83D\uDCB0"),
            Map.entry("coffee", "\u2615"), Map.entry("beer", "\uD83C\uDF7A"),
            Map.entry("pizza", "\uD83C\uDF55"), Map.entry("cake", "\uD83C\uDF70"),
            Map.entry("apple", "\uD83C\uDF4E"), Map.entry("sunny", "\u2600\uFE0F"),
            Map.entry("cloud", "\u2601\uFE0F"), Map.entry("umbrella", "\u2614"),
            Map.entry("snowflake", "\u2744\uFE0F"), Map.entry("rainbow", "\uD83C\uDF08"),
            Map.entry("earth_americas", "\uD83C\uDF0E"), Map.entry("globe_with_meridians", "\uD83C\uDF10"),
            Map.entry("moon", "\uD83C\uDF14"), Map.entry("cat", "\uD83D\uDC31"),
            Map.entry("dog", "\uD83D\uDC36"), Map.entry("penguin", "\uD83D\uDC27"),
            Map.entry("unicorn", "\uD83E\uDD84"),
            Map.entry("100", "\uD83D\uDCAF"), Map.entry("new", "\uD83C\uDD95"),
            Map.entry("ok", "\uD83C\uDD97"), Map.entry("information_source", "\u2139\uFE0F"),
            Map.entry("arrow_right", "\u27A1\uFE0F"), Map.entry("arrow_left", "\u2B05\uFE0F"),
            Map.entry("arrow_up", "\u2B06\uFE0F"), Map.entry("arrow_down", "\u2B07\uFE0F"),
            Map.entry("heavy_plus_sign", "\u2795"), Map.entry("heavy_minus_sign", "\u2796"),
            Map.entry("copyright", "\u00A9\uFE0F"), Map.entry("registered", "\u00AE\uFE0F"),
            Map.entry("tm", "\u2122\uFE0F"), Map.entry("flag_white", "\uD83C\uDFF3\uFE0F"),
            Map.entry("checkered_flag", "\uD83C\uDFC1"), Map.entry("construction", "\uD83D\uDEA7"),
            Map.entry("stop_sign", "\uD83D\uDED1"), Map.entry("speech_balloon", "\uD83D\uDCAC"),
            Map.entry("video_game", "\uD83C\uDFAE"), Map.entry("musical_note", "\uD83C\uDFB5"),
            Map.entry("headphones", "\uD83C\uDFA7"), Map.entry("movie_camera", "\uD83C\uDFA5"),
            Map.entry("camera", "\uD83D\uDCF7"), Map.entry("tv", "\uD83D\uDCFA"));

    private Emoji() {
    }

    /** The text with every known shortcode replaced by its character. */
    static String replace(String text) {
        if (text.indexOf(':') < 0) {
            return text;
        }
        Matcher m = SHORTCODE.matcher(text);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            String emoji = TABLE.get(m.group(1));
            if (emoji == null) {
                continue;
            }
            out.append(text, last, m.start()).append(emoji);
            last = m.end();
        }
        if (last == 0) {
            return text;
        }
        return out.append(text, last, text.length()).toString();
    }
}
