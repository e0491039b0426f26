package io.wikiengine.storage.internal;

import io.wikiengine.core.spi.AssetFolderRepository;
import io.wikiengine.core.spi.AssetRepository;
import io.wikiengine.core.spi.ApiKeyRepository;
import io.wikiengine.core.spi.CommentRepository;
import io.wikiengine.core.spi.GroupRepository;
import io.wikiengine.core.spi.PageHistoryRepository;
import io.wikiengine.core.spi.PageLinkRepository;
import io.wikiengine.core.spi.PageRepository;
import io.wikiengine.core.spi.PageTreeRepository;
import io.wikiengine.core.spi.RevocationRepository;
import io.wikiengine.core.spi.SettingsRepository;
import io.wikiengine.core.spi.StorageSession;
import io.wikiengine.core.spi.TagRepository;
import io.wikiengine.core.spi.TotpRepository;
import io.wikiengine.core.spi.UserKeyRepository;
import io.wikiengine.core.spi.UserRepository;
import io.wikiengine.storage.Dialect;
import org.jdbi.v3.core.Handle;

/** The repositories of one transaction, all on its handle. */
public final class JdbiSession implements StorageSession {

    private final UserRepository users;
    private final GroupRepository groups;
    private final SettingsRepository settings;
    private final RevocationRepository revocations;
    private final PageRepository pages;
    private final TagRepository tags;
    private final PageLinkRepository pageLinks;
    private final PageHistoryRepository pageHistory;
    private final PageTreeRepository pageTree;
    private final ApiKeyRepository apiKeys;
    private final TotpRepository totp;
    private final UserKeyRepository userKeys;
    private final AssetRepository assets;
    private final AssetFolderRepository assetFolders;
    private final CommentRepository comments;

    private final Handle handle;
    private final Dialect dialect;

    public JdbiSession(Handle handle, Dialect dialect) {
        this.handle = handle;
        this.dialect = dialect;
        this.users = new JdbiUserRepository(handle);
        this.groups = new JdbiGroupRepository(handle);
        this.settings = new JdbiSettingsRepository(handle, dialect);
        this.revocations = new JdbiRevocationRepository(handle, dialect);
        this.pages = new JdbiPageRepository(handle);
        this.tags = new JdbiTagRepository(handle);
        this.pageLinks = new JdbiPageLinkRepository(handle);
        this.pageHistory = new JdbiPageHistoryRepository(handle);
        this.pageTree = new JdbiPageTreeRepository(handle);
        this.apiKeys = new JdbiApiKeyRepository(handle);
        this.totp = new JdbiTotpRepository(handle);
        this.userKeys = new JdbiUserKeyRepository(handle);
        this.assets = new JdbiAssetRepository(handle);
        this.assetFolders = new JdbiAssetFolderRepository(handle);
        this.comments = new JdbiCommentRepository(handle);
    }

    /** The transaction's handle, for engines of this module that query the store themselves (search). */
    public Handle handle() {
        return handle;
    }

    /** The dialect of the store. */
    public Dialect dialect() {
        return dialect;
    }

    @Override
    public UserRepository users() {
        return users;
    }

    @Override
    public GroupRepository groups() {
        return groups;
    }

    @Override
    public SettingsRepository settings() {
        return settings;
    }

    @Override
    public RevocationRepository revocations() {
        return revocations;
    }

    @Override
    public PageRepository pages() {
        return pages;
    }

    @Override
    public TagRepository tags() {
        return tags;
    }

    @Override
    public PageLinkRepository pageLinks() {
        return pageLinks;
    }

    @Override
    public PageHistoryRepository pageHistory() {
        return pageHistory;
    }

    @Override
    public PageTreeRepository pageTree() {
        return pageTree;
    }

    @Override
    public ApiKeyRepository apiKeys() {
        return apiKeys;
    }

    @Override
    public TotpRepository totp() {
        return totp;
    }

    @Override
    public UserKeyRepository userKeys() {
        return userKeys;
    }

    @Override
    public AssetRepository assets() {
        return assets;
    }

    @Override
    public AssetFolderRepository assetFolders() {
        return assetFolders;
    }

    @Override
    public CommentRepository comments() {
        return comments;
    }
}
