package io.wikiengine.core.plugin;

/**
 * What a committed change touched, as far as the caches of a wiki instance care. A change names every topic
 * it touched; each instance reacts to a topic in the same way whether the change was its own or another's.
 */
public enum Topic {

    /**
     * A group was created, deleted, or had its name, permissions or page rules replaced: the permission
     * engine reloads every group, and every actor and token cache is dropped.
     */
    GROUPS,

    /**
     * Users, memberships, token revocations or API keys changed: every actor and token cache (the guest
     * included) is dropped.
     */
    IDENTITIES,

    /**
     * Settings changed, such as the API switch or the signing keys: every cache built from a setting is
     * dropped, and the actor and token caches with them.
     */
    SETTINGS,

    /**
     * Pages, their tags, links or renders changed: every cache of pages is dropped. The actor and token
     * caches are not. A host that writes pages to the store directly announces it with this topic.
     */
    PAGES
}
