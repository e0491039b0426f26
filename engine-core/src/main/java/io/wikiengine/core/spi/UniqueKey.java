package io.wikiengine.core.spi;

/** The uniqueness rules a store enforces, so that a concurrent race surfaces as the right error. */
public enum UniqueKey {
    /** One user per (provider, lower-case email). */
    USER_EMAIL,
    /** One page per (locale, path). */
    PAGE_PATH,
    /** One tag per tag text. */
    TAG,
    /** One asset folder per (parent, slug). */
    ASSET_FOLDER_SLUG,
    /** One asset per (folder, filename). */
    ASSET_FILENAME,
    /** Any other uniqueness rule. */
    OTHER
}
