/**
 * Rendering: page content (markdown, HTML, AsciiDoc, others) to the stored, sanitised HTML with its
 * table of contents and internal links; comment rendering; the HTML sanitiser; editor conversion.
 * Pure functions: nothing here touches storage.
 */
@NullMarked
package io.wikiengine.core.render;

import org.jspecify.annotations.NullMarked;
