package io.wikiengine.core.auth.internal;

import io.nayuki.qrcodegen.QrCode;

/**
 * The TOTP enrolment image (decision 38): an SVG QR code whose {@code <title>} holds the encoded text, so that
 * screen readers and tools that cannot scan an image can still enrol.
 */
public final class QrSvg {

    private static final int BORDER = 4;

    private QrSvg() {
    }

    /** The text as a QR code (error correction level M) in SVG markup. */
    public static String of(String text) {
        QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        int size = qr.size + 2 * BORDER;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M').append(x + BORDER).append(',').append(y + BORDER).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" viewBox=\"0 0 " + size + " " + size
                + "\" role=\"img\" stroke=\"none\"><title>" + escape(text) + "</title>"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#FFFFFF\"/>"
                + "<path d=\"" + path + "\" fill=\"#000000\"/></svg>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
