package io.wikiengine.core.render.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.nodes.XmlDeclaration;

/**
 * Removes everything executable from a jsoup tree, in place. The allow lists follow DOMPurify's
 * defaults (HTML, SVG and MathML), plus Wiki.js's extras ({@code tabset}, {@code template},
 * {@code foreignObject}, {@code v-pre}, {@code v-slot:*}, {@code target}); a few DOMPurify allows are
 * dropped on purpose: {@code style} elements, form actions and {@code data:} URLs other than raster
 * images.
 *
 * <p>jsoup's own {@code Cleaner} is not used: its {@code Safelist} cannot allow attribute families
 * ({@code data-*}, {@code aria-*}), check every URL-bearing attribute of every tag, or drop the text
 * inside dangerous elements such as {@code noscript} or {@code iframe}.
 */
public final class Sanitizer {

    /** Elements removed together with their content. */
    private static final Set<String> DROP = Set.of("script", "style", "iframe", "frame", "frameset", "object",
            "embed", "applet", "noscript", "noembed", "noframes", "xmp", "plaintext", "title", "head", "meta",
            "link", "base", "param", "annotation-xml", "set", "animate", "animatemotion", "animatetransform",
            "animatecolor", "handler", "listener", "portal", "fencedframe", "isindex", "math:script");

    private static final Set<String> HTML_TAGS = Set.of("a", "abbr", "acronym", "address", "area", "article",
            "aside", "audio", "b", "bdi", "bdo", "big", "blink", "blockquote", "br", "button", "canvas",
            "caption", "center", "cite", "code", "col", "colgroup", "content", "data", "datalist", "dd",
            "del", "details", "dfn", "dialog", "dir", "div", "dl", "dt", "em", "fieldset", "figcaption",
            "figure", "font", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
            "i", "img", "input", "ins", "kbd", "label", "legend", "li", "main", "map", "mark", "marquee",
            "menu", "meter", "nav", "nobr", "ol", "optgroup", "option", "output", "p", "picture", "pre",
            "progress", "q", "rp", "rt", "ruby", "s", "samp", "section", "select", "small", "source",
            "span", "strike", "strong", "sub", "summary", "sup", "table", "tbody", "td", "template",
            "textarea", "tfoot", "th", "thead", "time", "tr", "track", "tt", "u", "ul", "var", "video", "wbr",
            "tabset");

    private static final Set<String> SVG_TAGS = Set.of("svg", "a", "altglyph", "altglyphdef", "altglyphitem",
            "circle", "clippath", "defs", "desc", "ellipse", "filter", "font", "g", "glyph", "glyphref",
            "hkern", "image", "line", "lineargradient", "marker", "mask", "metadata", "mpath", "path",
            "pattern", "polygon", "polyline", "radialgradient", "rect", "stop", "switch", "symbol", "text",
            "textpath", "tref", "tspan", "view", "vkern", "feblend", "fecolormatrix", "fecomponenttransfer",
            "fecomposite", "feconvolvematrix", "fediffuselighting", "fedisplacementmap", "fedistantlight",
            "fedropshadow", "feflood", "fefunca", "fefuncb", "fefuncg", "fefuncr", "fegaussianblur",
            "feimage", "femerge", "femergenode", "femorphology", "feoffset", "fepointlight",
            "fespecularlighting", "fespotlight", "fetile", "feturbulence", "foreignobject", "use");

    private static final Set<String> MATHML_TAGS = Set.of("math", "menclose", "merror", "mfenced", "mfrac",
            "mglyph", "mi", "mlabeledtr", "mmultiscripts", "mn", "mo", "mover", "mpadded", "mphantom",
            "mroot", "mrow", "ms", "mspace", "msqrt", "mstyle", "msub", "msup", "msubsup", "mtable", "mtd",
            "mtext", "mtr", "munder", "munderover", "mprescripts", "semantics", "annotation");

    private static final Set<String> HTML_ATTRS = Set.of("accept", "align", "alt", "autocapitalize",
            "autocomplete", "autopictureinpicture", "autoplay", "background", "bgcolor", "border",
            "capture", "cellpadding", "cellspacing", "checked", "cite", "class", "clear", "color", "cols",
            "colspan", "controls", "controlslist", "coords", "crossorigin", "datetime", "decoding",
            "default", "dir", "disabled", "disablepictureinpicture", "disableremoteplayback", "download",
            "draggable", "enctype", "enterkeyhint", "face", "for", "headers", "height", "hidden", "high",
            "href", "hreflang", "id", "inputmode", "integrity", "ismap", "kind", "label", "lang", "list",
            "loading", "loop", "low", "max", "maxlength", "media", "method", "min", "minlength", "multiple",
            "muted", "name", "nonce", "noshade", "novalidate", "nowrap", "open", "optimum", "pattern",
            "placeholder", "playsinline", "popover", "popovertarget", "popovertargetaction", "poster",
            "preload", "pubdate", "radiogroup", "readonly", "rel", "required", "rev", "reversed", "role",
            "rows", "rowspan", "spellcheck", "scope", "selected", "shape", "size", "sizes", "span",
            "srclang", "start", "src", "srcset", "step", "style", "summary", "tabindex", "title",
            "translate", "type", "usemap", "valign", "value", "width", "wrap", "xmlns", "slot",
            "v-pre", "v-slot:tabs", "v-slot:content", "target");

    private static final Set<String> SVG_ATTRS = Set.of("accent-height", "accumulate", "additive",
            "alignment-baseline", "amplitude", "ascent", "azimuth", "basefrequency", "baseline-shift",
            "begin", "bias", "by", "clip", "clippathunits", "clip-path", "clip-rule", "color",
            "color-interpolation", "color-interpolation-filters", "color-profile", "color-rendering", "cx",
            "cy", "d", "dx", "dy", "diffuseconstant", "direction", "display", "divisor", "dur", "edgemode",
            "elevation", "end", "exponent", "fill", "fill-opacity", "fill-rule", "filter", "filterunits",
            "flood-color", "flood-opacity", "font-family", "font-size", "font-size-adjust", "font-stretch",
            "font-style", "font-variant", "font-weight", "fx", "fy", "g1", "g2", "glyph-name",
            "glyphref", "gradientunits", "gradienttransform", "height", "href", "id", "image-rendering",
            "in", "in2", "intercept", "k", "k1", "k2", "k3", "k4", "kerning", "keypoints", "keysplines",
            "keytimes", "lang", "lengthadjust", "letter-spacing", "kernelmatrix", "kernelunitlength",
            "lighting-color", "local", "marker-end", "marker-mid", "marker-start", "markerheight",
            "markerunits", "markerwidth", "maskcontentunits", "maskunits", "max", "mask", "media",
            "method", "mode", "min", "name", "numoctaves", "offset", "operator", "opacity", "order",
            "orient", "orientation", "origin", "overflow", "paint-order", "path", "pathlength",
            "patterncontentunits", "patterntransform", "patternunits", "points", "preservealpha",
            "preserveaspectratio", "primitiveunits", "r", "rx", "ry", "radius", "refx", "refy",
            "repeatcount", "repeatdur", "restart", "result", "rotate", "scale", "seed", "shape-rendering",
            "slope", "specularconstant", "specularexponent", "spreadmethod", "startoffset", "stddeviation",
            "stitchtiles", "stop-color", "stop-opacity", "stroke-dasharray", "stroke-dashoffset",
            "stroke-linecap", "stroke-linejoin", "stroke-miterlimit", "stroke-opacity", "stroke",
            "stroke-width", "style", "surfacescale", "systemlanguage", "tabindex", "tablevalues",
            "targetx", "targety", "transform", "transform-origin", "text-anchor", "text-decoration",
            "text-rendering", "textlength", "type", "u1", "u2", "unicode", "values", "viewbox",
            "visibility", "version", "vert-adv-y", "vert-origin-x", "vert-origin-y", "width",
            "word-spacing", "wrap", "writing-mode", "xchannelselector", "ychannelselector", "x", "x1",
            "x2", "xmlns", "y", "y1", "y2", "z", "zoomandpan", "xlink:href", "xml:space", "xmlns:xlink",
            "class", "viewBox", "preserveAspectRatio", "gradientTransform", "gradientUnits",
            "patternUnits", "patternTransform", "stdDeviation", "clipPathUnits", "markerWidth",
            "markerHeight", "refX", "refY", "textLength", "lengthAdjust", "startOffset", "filterUnits",
            "primitiveUnits", "maskUnits", "maskContentUnits", "patternContentUnits", "baseFrequency",
            "numOctaves", "stitchTiles", "kernelMatrix", "tableValues", "xChannelSelector",
            "yChannelSelector", "surfaceScale", "diffuseConstant", "specularConstant", "specularExponent",
            "limitingConeAngle", "pointsAtX", "pointsAtY", "pointsAtZ", "requiredFeatures",
            "requiredExtensions", "systemLanguage", "externalResourcesRequired", "pathLength",
            "contentStyleType", "contentScriptType", "baseProfile", "transform-box");

    private static final Set<String> MATHML_ATTRS = Set.of("accent", "accentunder", "align", "bevelled",
            "close", "columnsalign", "columnlines", "columnspan", "denomalign", "depth", "dir", "display",
            "displaystyle", "encoding", "fence", "frame", "height", "href", "id", "largeop", "length",
            "linethickness", "lspace", "lquote", "mathbackground", "mathcolor", "mathsize", "mathvariant",
            "maxsize", "minsize", "movablelimits", "notation", "numalign", "open", "rowalign", "rowlines",
            "rowspacing", "rowspan", "rspace", "rquote", "scriptlevel", "scriptminsize",
            "scriptsizemultiplier", "selection", "separator", "separators", "stretchy", "subscriptshift",
            "supscriptshift", "symmetric", "voffset", "width", "xmlns", "class", "style");

    /** Attributes whose value is a URL. */
    private static final Set<String> URL_ATTRS = Set.of("href", "src", "xlink:href", "action", "formaction",
            "background", "poster", "cite", "data", "codebase", "longdesc", "usemap", "lowsrc", "dynsrc",
            "ping", "manifest", "icon", "srcset", "itemtype", "profile", "classid", "archive");

    /** DOMPurify's URI rule: a known safe scheme, or something that is no scheme at all. */
    private static final Pattern SAFE_URI = Pattern.compile(
            "^(?:(?:(?:f|ht)tps?|mailto|tel|callto|sms|cid|xmpp|matrix):|[^a-z]|[a-z+.\\-]+(?:[^a-z+.\\-:]|$))",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern IMAGE_DATA_URI = Pattern.compile(
            "^data:image/(?:png|gif|jpe?g|webp)(?:;[a-z0-9=.+-]*)*,[a-z0-9+/=%\\s]*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTR_WHITESPACE = Pattern.compile(
            "[\\u0000-\\u0020\\u00A0\\u1680\\u180E\\u2000-\\u2029\\u205F\\u3000]");
    private static final Pattern UNSAFE_STYLE = Pattern.compile(
            "expression|javascript|vbscript|livescript|mocha|-moz-binding|behavior|behaviour|@import"
                    + "|url\\s*\\(\\s*['\"]?\\s*(?!https?:|/|#|\\.)[a-z0-9+.\\-]*:|\\\\|&#|<",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern CSS_COMMENT = Pattern.compile("/\\*.*?(\\*/|$)", Pattern.DOTALL);

    private final boolean svgDocument;

    private Sanitizer(boolean svgDocument) {
        this.svgDocument = svgDocument;
    }

    /** The sanitiser for HTML fragments (page renders, comments). */
    public static Sanitizer html() {
        return new Sanitizer(false);
    }

    /**
     * The sanitiser for a stand-alone SVG file, parsed as XML: case-sensitive names, no
     * {@code foreignObject}, and references only to fragments of the same document.
     */
    public static Sanitizer svg() {
        return new Sanitizer(true);
    }

    /** Cleans every child of this root; the root itself is kept as it is. */
    public void cleanChildren(Node root) {
        List<Node> children = new ArrayList<>(root.childNodes());
        for (Node child : children) {
            clean(child);
        }
    }

    private void clean(Node node) {
        if (node instanceof CDataNode cdata) {
            // Inside SVG and MathML text elements a browser reads "<![CDATA[>" as a bogus comment that ends at
            // the first ">", so what follows would become live markup: keep the text, escaped, never the section.
            cdata.replaceWith(new TextNode(cdata.text()));
            return;
        }
        if (node instanceof TextNode) {
            return;
        }
        if (node instanceof DataNode || node instanceof Comment || node instanceof DocumentType
                || node instanceof XmlDeclaration || !(node instanceof Element)) {
            node.remove();
            return;
        }
        Element el = (Element) node;
        String name = el.normalName().toLowerCase(Locale.ROOT);
        if (DROP.contains(name) || name.contains(":") || (svgDocument && name.equals("foreignobject"))) {
            el.remove();
            return;
        }
        if (!isAllowedTag(name)) {
            List<Node> kids = new ArrayList<>(el.childNodes());
            el.unwrap();
            for (Node kid : kids) {
                clean(kid);
            }
            return;
        }
        cleanAttributes(el, name);
        if (!svgDocument && (name.equals("br") || name.equals("p")) && insideForeignObject(el)) {
            el.tagName("div");
        }
        cleanChildren(el);
    }

    private boolean isAllowedTag(String name) {
        if (svgDocument) {
            return SVG_TAGS.contains(name) && !name.equals("foreignobject");
        }
        return HTML_TAGS.contains(name) || SVG_TAGS.contains(name) || MATHML_TAGS.contains(name);
    }

    private static boolean insideForeignObject(Element el) {
        for (Element p = el.parent(); p != null; p = p.parent()) {
            if (p.normalName().equalsIgnoreCase("foreignobject")) {
                return true;
            }
        }
        return false;
    }

    private void cleanAttributes(Element el, String tag) {
        List<Attribute> attributes = new ArrayList<>();
        el.attributes().forEach(attributes::add);
        for (Attribute attr : attributes) {
            if (!keep(tag, attr)) {
                el.removeAttr(attr.getKey());
            }
        }
    }

    private boolean keep(String tag, Attribute attr) {
        String key = attr.getKey();
        String lower = key.toLowerCase(Locale.ROOT);
        String value = attr.getValue();
        if (lower.startsWith("on") || lower.equals("srcdoc") || lower.equals("action")
                || lower.equals("formaction") || lower.equals("is") || lower.startsWith("xmlns:") && !lower.equals("xmlns:xlink")) {
            return false;
        }
        boolean known = HTML_ATTRS.contains(lower) || SVG_ATTRS.contains(lower) || SVG_ATTRS.contains(key)
                || MATHML_ATTRS.contains(lower);
        boolean family = !svgDocument && (lower.startsWith("data-") || lower.startsWith("aria-"))
                && lower.matches("[a-z][a-z0-9_.:\\-]*");
        if (!known && !family) {
            return false;
        }
        if (lower.equals("style")) {
            // CSS comments can split a keyword (ex/**/pression), so they go before the check.
            return !UNSAFE_STYLE.matcher(CSS_COMMENT.matcher(value).replaceAll("")).find();
        }
        if (URL_ATTRS.contains(lower) || lower.equals("xlink:href")) {
            return safeUrl(tag, lower, value);
        }
        if (lower.equals("values") || lower.equals("from") || lower.equals("to") || lower.equals("by")) {
            return !value.toLowerCase(Locale.ROOT).replaceAll("\\s", "").contains("script:");
        }
        return !(value.contains("${") || value.contains("<!--"));
    }

    private boolean safeUrl(String tag, String attr, String value) {
        String compact = ATTR_WHITESPACE.matcher(value).replaceAll("");
        if (svgDocument) {
            return compact.startsWith("#") || (attr.equals("src") && IMAGE_DATA_URI.matcher(compact).matches());
        }
        if (attr.equals("srcset")) {
            return !compact.toLowerCase(Locale.ROOT).contains("script:")
                    && !compact.toLowerCase(Locale.ROOT).contains("data:");
        }
        if (compact.regionMatches(true, 0, "data:", 0, 5)) {
            return attr.equals("src") && tag.equals("img") && IMAGE_DATA_URI.matcher(compact).matches();
        }
        if (tag.equals("use") || tag.equals("feimage") || tag.equals("image") && !attr.equals("src")) {
            return compact.startsWith("#") || !compact.contains(":");
        }
        return SAFE_URI.matcher(compact).find();
    }
}
