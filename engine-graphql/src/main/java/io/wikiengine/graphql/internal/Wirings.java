package io.wikiengine.graphql.internal;

import io.wikiengine.core.Wiki;
import java.util.List;

/** The wirings of every namespace we serve. */
public final class Wirings {

    private Wirings() {
    }

    /** One wiring per namespace, each calling this wiki's services. */
    public static List<Wiring> of(Wiki wiki) {
        return List.of(
                new PageWiring(wiki.pages()),
                new UserWiring(wiki.users()),
                new GroupWiring(wiki.groups()),
                new AuthWiring(wiki.auth(), wiki.strategies()),
                new AssetWiring(wiki.assets()),
                new CommentWiring(wiki.comments()));
    }
}
