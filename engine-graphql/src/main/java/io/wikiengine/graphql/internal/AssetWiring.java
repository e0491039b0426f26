package io.wikiengine.graphql.internal;

import graphql.schema.idl.RuntimeWiring;
import io.wikiengine.core.asset.AssetKind;
import io.wikiengine.core.asset.AssetService;
import java.util.Map;

/** The {@code assets} namespace: each fetcher calls one {@link AssetService} method. */
final class AssetWiring implements Wiring {

    private final AssetService assets;

    AssetWiring(AssetService assets) {
        this.assets = assets;
    }

    @Override
    public void register(RuntimeWiring.Builder wiring) {
        wiring.type("AssetQuery", t -> t
                .dataFetcher("list", env -> assets.list(Args.actor(env), Args.integer(env, "folderId"),
                        AssetKind.valueOf(Args.string(env, "kind"))))
                .dataFetcher("folders", env -> assets.folders(Args.actor(env), Args.integer(env, "parentFolderId"))));
        wiring.type("AssetMutation", t -> t
                .dataFetcher("createFolder", env -> {
                    assets.createFolder(Args.actor(env), Args.integer(env, "parentFolderId"), Args.string(env, "slug"),
                            Args.optionalString(env, "name"));
                    return Map.of();
                })
                .dataFetcher("renameAsset", env -> {
                    assets.renameAsset(Args.actor(env), Args.integer(env, "id"), Args.string(env, "filename"));
                    return Map.of();
                })
                .dataFetcher("deleteAsset", env -> {
                    assets.deleteAsset(Args.actor(env), Args.integer(env, "id"));
                    return Map.of();
                })
                // Uploads stream straight into storage: there is no temporary upload folder to empty.
                .dataFetcher("flushTempUploads", env -> Map.of()));
    }
}
