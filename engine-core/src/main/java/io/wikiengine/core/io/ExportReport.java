package io.wikiengine.core.io;

import java.util.List;

/**
 * What an export wrote.
 *
 * @param pages   page files written
 * @param assets  asset files written
 * @param skipped one line per page or asset not written, with the reason
 */
public record ExportReport(int pages, int assets, List<String> skipped) {

    public ExportReport {
        skipped = List.copyOf(skipped);
    }
}
