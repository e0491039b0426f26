package io.wikiengine.graphql.internal;

import graphql.schema.idl.RuntimeWiring;
import io.wikiengine.core.page.PageCreate;
import io.wikiengine.core.page.PageListQuery;
import io.wikiengine.core.page.PageOrderBy;
import io.wikiengine.core.page.PageService;
import io.wikiengine.core.page.PageTreeMode;
import io.wikiengine.core.page.PageTreeQuery;
import io.wikiengine.core.page.PageUpdate;
import java.util.Map;

/** The {@code pages} namespace: each fetcher reads its arguments and calls one {@link PageService} method. */
final class PageWiring implements Wiring {

    private final PageService pages;

    PageWiring(PageService pages) {
        this.pages = pages;
    }

    @Override
    public void register(RuntimeWiring.Builder wiring) {
        wiring.type("PageQuery", t -> t
                .dataFetcher("history", env -> pages.history(Args.actor(env), Args.integer(env, "id"),
                        Args.integer(env, "offsetPage", 0), Args.integer(env, "offsetSize", 0)))
                .dataFetcher("version", env -> pages.version(Args.actor(env), Args.integer(env, "pageId"),
                        Args.integer(env, "versionId")).orElse(null))
                .dataFetcher("search", env -> pages.search(Args.actor(env), Args.string(env, "query"),
                        Args.optionalString(env, "path"), Args.optionalString(env, "locale")))
                .dataFetcher("list", env -> pages.list(Args.actor(env), listQuery(env)))
                .dataFetcher("single", env -> pages.single(Args.actor(env), Args.integer(env, "id")))
                .dataFetcher("singleByPath", env -> pages.singleByPath(Args.actor(env), Args.string(env, "path"),
                        Args.string(env, "locale")))
                .dataFetcher("tags", env -> pages.tags(Args.actor(env)))
                .dataFetcher("searchTags", env -> pages.searchTags(Args.actor(env), Args.string(env, "query")))
                .dataFetcher("tree", env -> pages.tree(Args.actor(env), new PageTreeQuery(
                        Args.optionalString(env, "path"), Args.optionalInteger(env, "parent"),
                        PageTreeMode.valueOf(Args.string(env, "mode")), Args.string(env, "locale"),
                        Args.bool(env, "includeAncestors", false))))
                .dataFetcher("links", env -> pages.links(Args.actor(env), Args.string(env, "locale")))
                .dataFetcher("checkConflicts", env -> pages.checkConflicts(Args.actor(env), Args.integer(env, "id"),
                        Args.instant(env, "checkoutDate")))
                .dataFetcher("conflictLatest", env -> pages.conflictLatest(Args.actor(env), Args.integer(env, "id"))));
        // Versions do not record tags: the field is always empty, as in Wiki.js.
        wiring.type("PageVersion", t -> t.dataFetcher("tags", env -> java.util.List.of()));
        wiring.type("PageMutation", t -> t
                .dataFetcher("create", env -> Map.of("page", pages.create(Args.actor(env), new PageCreate(
                        Args.string(env, "locale"), Args.string(env, "path"), Args.string(env, "title"),
                        Args.string(env, "description"), Args.string(env, "content"), Args.string(env, "editor"),
                        Args.bool(env, "isPublished", false), Args.bool(env, "isPrivate", false),
                        orEmpty(Args.optionalDate(env, "publishStartDate")),
                        orEmpty(Args.optionalDate(env, "publishEndDate")), Args.string(env, "scriptCss", ""),
                        Args.string(env, "scriptJs", ""), Args.strings(env, "tags")))))
                .dataFetcher("update", env -> Map.of("page", pages.update(Args.actor(env), new PageUpdate(
                        Args.integer(env, "id"), Args.optionalString(env, "content"), Args.optionalString(env, "title"),
                        Args.optionalString(env, "description"), Args.optionalString(env, "editor"),
                        Args.optionalBoolean(env, "isPrivate"), Args.optionalBoolean(env, "isPublished"),
                        Args.optionalDate(env, "publishStartDate"), Args.optionalDate(env, "publishEndDate"),
                        Args.optionalString(env, "scriptCss"), Args.optionalString(env, "scriptJs"),
                        Args.optionalStrings(env, "tags"), Args.optionalString(env, "locale"),
                        Args.optionalString(env, "path"), null))))
                .dataFetcher("convert", env -> {
                    pages.convert(Args.actor(env), Args.integer(env, "id"), Args.string(env, "editor"));
                    return Map.of();
                })
                .dataFetcher("move", env -> {
                    pages.move(Args.actor(env), Args.integer(env, "id"), Args.string(env, "destinationPath"),
                            Args.string(env, "destinationLocale"));
                    return Map.of();
                })
                .dataFetcher("delete", env -> {
                    pages.delete(Args.actor(env), Args.integer(env, "id"));
                    return Map.of();
                })
                .dataFetcher("deleteTag", env -> {
                    pages.deleteTag(Args.actor(env), Args.integer(env, "id"));
                    return Map.of();
                })
                .dataFetcher("updateTag", env -> {
                    pages.updateTag(Args.actor(env), Args.integer(env, "id"), Args.string(env, "tag"),
                            Args.string(env, "title"));
                    return Map.of();
                })
                .dataFetcher("flushCache", env -> {
                    pages.flushCache(Args.actor(env));
                    return Map.of();
                })
                .dataFetcher("migrateToLocale", env -> Map.of("count", pages.migrateToLocale(Args.actor(env),
                        Args.string(env, "sourceLocale"), Args.string(env, "targetLocale"))))
                .dataFetcher("rebuildTree", env -> {
                    pages.rebuildTree(Args.actor(env));
                    return Map.of();
                })
                .dataFetcher("render", env -> {
                    pages.render(Args.actor(env), Args.integer(env, "id"));
                    return Map.of();
                })
                .dataFetcher("restore", env -> {
                    pages.restore(Args.actor(env), Args.integer(env, "pageId"), Args.integer(env, "versionId"));
                    return Map.of();
                })
                .dataFetcher("purgeHistory", env -> {
                    pages.purgeHistory(Args.actor(env), Args.string(env, "olderThan"));
                    return Map.of();
                }));
    }

    private static PageListQuery listQuery(graphql.schema.DataFetchingEnvironment env) {
        String orderBy = Args.optionalString(env, "orderBy");
        return PageListQuery.ALL
                .withLimit(Args.integer(env, "limit", 0))
                .withOrder(orderBy == null ? PageOrderBy.ID : PageOrderBy.valueOf(orderBy),
                        "DESC".equals(Args.optionalString(env, "orderByDirection")))
                .withTags(Args.strings(env, "tags"))
                .withLocale(Args.optionalString(env, "locale"))
                .withPeople(Args.integer(env, "creatorId", 0), Args.integer(env, "authorId", 0));
    }

    private static String orEmpty(@org.jspecify.annotations.Nullable String value) {
        return value == null ? "" : value;
    }
}
