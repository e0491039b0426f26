package io.wikiengine.core.spi;

/**
 * The repositories of one transaction, one per aggregate. Valid only inside the
 * {@link Storage#inTransaction} call that handed it out.
 */
public interface StorageSession {

    /** Users and their group memberships. */
    UserRepository users();

    /** Groups with their permissions and page rules. */
    GroupRepository groups();

    /** Key-value settings (signing keys, switches). */
    SettingsRepository settings();

    /** Token revocations by user and by group. */
    RevocationRepository revocations();

    /** Pages. */
    PageRepository pages();

    /** Tags and their pages. */
    TagRepository tags();

    /** The links between pages. */
    PageLinkRepository pageLinks();

    /** Page history snapshots. */
    PageHistoryRepository pageHistory();

    /** The page tree. */
    PageTreeRepository pageTree();

    /** API keys. */
    ApiKeyRepository apiKeys();

    /** Spent TOTP steps and failed two-factor attempts. */
    TotpRepository totp();

    /** One-time user keys (login continuations, password resets, verifications). */
    UserKeyRepository userKeys();

    /** Assets with their data. */
    AssetRepository assets();

    /** Asset folders. */
    AssetFolderRepository assetFolders();

    /** Comments on pages. */
    CommentRepository comments();
}
