package io.wikiengine.core.auth;

import io.wikiengine.core.access.Actor;
import io.wikiengine.core.access.Scope;
import io.wikiengine.core.auth.internal.Policies;
import io.wikiengine.core.error.WikiError;
import io.wikiengine.core.error.WikiException;
import io.wikiengine.core.internal.WikiContext;
import io.wikiengine.core.spi.SettingsRepository;
import java.util.List;
import java.util.Objects;

/**
 * The authentication strategies (spec –3): the modules available and the configured instances.
 *
 * <p>Wiki Engine has one module, {@code local}, and it always has its one instance: it is how the
 * administrator signs in, so {@link #updateStrategies} can rename it, reorder it and set its registration
 * policy, but not remove or disable it, and refuses modules it does not have.
 */
public final class StrategyService {

    private static final String DISPLAY_NAME = Policies.LOCAL_DISPLAY_NAME;
    private static final String ORDER = "auth.local.order";

    private final WikiContext context;

    public StrategyService(WikiContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    /** The modules available ({@code authentication.strategies}, manage:system). */
    public List<AuthStrategy> strategies(Actor actor) {
        require(actor);
        return List.of(AuthStrategy.LOCAL);
    }

    /** The configured instances in their order ({@code authentication.activeStrategies}, no @auth). */
    public List<ActiveStrategy> activeStrategies(boolean enabledOnly) {
        return context.storage().inTransaction(session -> {
            SettingsRepository settings = session.settings();
            AuthPolicy policy = Policies.read(settings);
            return List.of(new ActiveStrategy("local", AuthStrategy.LOCAL,
                    settings.get(DISPLAY_NAME).orElse("Local"),
                    settings.get(ORDER).map(Integer::parseInt).orElse(0), true, List.of(),
                    policy.selfRegistration(), policy.domainWhitelist(), policy.autoEnrollGroups()));
        });
    }

    /**
     * Replaces the configured instances ({@code authentication.updateStrategies}, manage:system).
     *
     * @throws WikiException 1003 for a module other than {@code local}; a plain error when the local
     *                       instance is missing (its users still use it) or disabled; 1012 for an unknown
     *                       auto-enrolment group
     */
    public void updateStrategies(Actor actor, List<StrategyInput> strategies) {
        require(actor);
        Objects.requireNonNull(strategies, "strategies");
        StrategyInput local = null;
        for (StrategyInput input : strategies) {
            if (!input.strategyKey().equals(AuthStrategy.LOCAL.key()) || !input.key().equals("local")) {
                throw WikiException.of(WikiError.AUTH_PROVIDER_INVALID);
            }
            local = input;
        }
        if (local == null) {
            throw WikiException.plain("Cannot delete Local as 1 or more users are still using it.");
        }
        if (!local.isEnabled()) {
            throw WikiException.of(WikiError.INPUT_INVALID,
                    "The local strategy cannot be disabled: it is how the administrator signs in.");
        }
        StrategyInput chosen = local;
        context.storage().run(session -> {
            List<Integer> missing = chosen.autoEnrollGroups().stream()
                    .filter(id -> session.groups().byId(id).isEmpty())
                    .toList();
            if (!missing.isEmpty()) {
                throw WikiException.of(WikiError.INPUT_INVALID, "Invalid Group ID " + missing.get(0));
            }
            SettingsRepository settings = session.settings();
            settings.put(DISPLAY_NAME, chosen.displayName().isBlank() ? "Local" : chosen.displayName().strip());
            settings.put(ORDER, Integer.toString(chosen.order()));
            AuthPolicy current = Policies.read(settings);
            Policies.write(settings, current.withSelfRegistration(chosen.selfRegistration())
                    .withDomainWhitelist(chosen.domainWhitelist())
                    .withAutoEnrollGroups(chosen.autoEnrollGroups()));
        });
    }

    private static void require(Actor actor) {
        Objects.requireNonNull(actor, "actor");
        if (!actor.has(Scope.MANAGE_SYSTEM)) {
            throw WikiException.plain("Forbidden");
        }
    }
}
