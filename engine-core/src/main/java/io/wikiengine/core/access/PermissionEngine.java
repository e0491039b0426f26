package io.wikiengine.core.access;

import io.wikiengine.core.access.AccessExplanation.DecidingRule;
import io.wikiengine.core.access.AccessExplanation.Reason;
import io.wikiengine.core.access.internal.ActorFacts;
import io.wikiengine.core.access.internal.CompiledGroup;
import io.wikiengine.core.access.internal.CompiledRule;
import io.wikiengine.core.access.internal.RuleCompiler;
import io.wikiengine.core.access.internal.RuleDecision;
import io.wikiengine.core.access.internal.RulePool;
import io.wikiengine.core.access.internal.RuleSet;
import io.wikiengine.core.access.internal.ScopeBits;
import io.wikiengine.core.group.Group;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Decides every permission question exactly as Wiki.js does (spec §4.4 and §4.5), from the page rules of the
 * current groups. One per wiki; safe for concurrent use.
 *
 * <p><b>Global checks</b> ({@link #hasAny}, {@link #hasExclusive}, {@link #canAssign}) look only at the
 * actor's global permissions. <b>Page checks</b> ({@link #check}, {@link #filter}, {@link #explain}) follow
 * {@code manage:system} allows at once; otherwise the actor must hold one of the requested
 * scopes; without a target that is enough; with one, the page rules of the actor's groups, in one pool, decide.
 * Among the rules whose roles share a requested scope, whose locales admit the target's (exact and
 * case-sensitive; a target without locale passes only unrestricted rules) and whose path test matches, the
 * decision goes to the longest {@code rule.path} in UTF-16 units (including regex syntax and tag names,
 * decision 7); at equal length to the higher match type ({@code EXACT > TAG > REGEX > END > START}); at equal
 * length and type, a deny beats an allow. START is a plain prefix test with no segment boundary (decision 6).
 * TAG rules test the tags the caller puts in the target (decision 3). No matching rule means deny.
 *
 * <p><b>Compilation and memo.</b> Rules are compiled once per group by {@link #load}, {@link #put} and
 * {@link #remove}: roles become bit masks, and each distinct list of groups gets one pool of its rules sorted
 * in decision order and indexed (EXACT and TAG by path, START and END by prefix and suffix hash), so a check
 * looks only at rules that could match and stops at the first that decides. REGEX sources are compiled with
 * {@link java.util.regex.Pattern} (no flags; tested with {@code find()}, an unanchored search; see
 * {@link PageRules} for the differences from JavaScript's dialect). A regex Java cannot compile never matches
 * and is logged once as a warning. A REGEX rule is searched only when the page holds a literal that every match
 * of it must contain, where its source shows one for sure, and from the first place a match can start, where
 * every match starts with a literal. Page-rule decisions are memoised per (actor's group list, scopes, target),
 * bounded in size; every change to the groups starts a new generation with an empty memo, and a check reads
 * one generation from start to end, so a decision is never served from rules that have since changed.
 */
public final class PermissionEngine {

    private static final String MANAGE_SYSTEM = Scope.MANAGE_SYSTEM.wire();
    private static final String MANAGE_GROUPS = Scope.MANAGE_GROUPS.wire();
    private static final List<String> ASSIGNERS = List.of(Scope.WRITE_USERS.wire(), Scope.MANAGE_USERS.wire(),
            Scope.WRITE_GROUPS.wire(), MANAGE_GROUPS);
    private static final Set<String> ADMINISTRATIVE_SUFFIXES = Set.of("users", "groups", "navigation", "theme",
            "api");

    /** The steps of that can end a page check before any rule is read. */
    private enum Step { BYPASS, MISSING_SCOPE, NO_TARGET, NO_GROUPS, EVALUATE }

    private final RuleCompiler compiler = new RuleCompiler();
    private final Object writeLock = new Object();
    private volatile RuleSet rules = RuleSet.empty();
    // One actor usually asks many times in a row (a filter, a page view): its facts and pool are kept.
    private volatile @Nullable Recent recent;

    /**
     * The facts of the actor instance seen last, the generation of rules they were used with, and the actor's
     * pool in that generation once it was needed. Replaced, never changed, when the actor or the rules change.
     */
    private static final class Recent {
        final ActorFacts facts;
        final RuleSet rules;
        private volatile @Nullable RulePool pool;

        Recent(ActorFacts facts, RuleSet rules) {
            this.facts = facts;
            this.rules = rules;
        }

        /** The pool of the actor's groups in this generation. */
        RulePool pool(Actor actor) {
            RulePool found = pool;
            if (found == null) {
                found = rules.pool(actor.groups());
                pool = found;
            }
            return found;
        }
    }

    /** An engine with no groups loaded: every page check that reaches the rules denies. */
    public PermissionEngine() {
    }

    /**
     * Replaces every group's rules with those of these groups.
     *
     * @throws IllegalArgumentException when two groups share an id
     */
    public void load(Collection<Group> groups) {
        Objects.requireNonNull(groups, "groups");
        List<CompiledGroup> compiled = new ArrayList<>(groups.size());
        for (Group group : groups) {
            compiled.add(compiler.compile(Objects.requireNonNull(group, "group")));
        }
        RuleSet fresh = RuleSet.of(compiled);
        synchronized (writeLock) {
            rules = fresh;
        }
    }

    /** Adds this group or recompiles it in place of the version loaded before. */
    public void put(Group group) {
        CompiledGroup compiled = compiler.compile(Objects.requireNonNull(group, "group"));
        synchronized (writeLock) {
            rules = rules.with(compiled);
        }
    }

    /** Forgets this group's rules; an unknown id changes nothing but the memo. */
    public void remove(int groupId) {
        synchronized (writeLock) {
            rules = rules.without(groupId);
        }
    }

    /** Global check: the actor has {@code manage:system} or at least one of these scopes. */
    public boolean hasAny(Actor actor, Collection<String> scopes) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(scopes, "scopes");
        return actor.has(MANAGE_SYSTEM) || holdsAny(actor, scopes);
    }

    /**
     * Exclusive check: the actor holds at least one scope of {@code include} and none of
     * {@code exclude}. {@code manage:system} gets no special treatment here.
     */
    public boolean hasExclusive(Actor actor, Collection<String> include, Collection<String> exclude) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(include, "include");
        Objects.requireNonNull(exclude, "exclude");
        return holdsAny(actor, include) && !holdsAny(actor, exclude);
    }

    /**
     * Assignment check for the {@code groups} argument of {@code users.create} and {@code users.update}
     * . It passes when {@code targets} is empty or the actor has {@code manage:system}. Otherwise the
     * actor must hold one of {@code write:users, manage:users, write:groups, manage:groups}, no target group may
     * hold {@code manage:system}, and a target group holding a permission whose suffix (the text after its
     * last {@code :}) is {@code users}, {@code groups}, {@code navigation}, {@code theme} or {@code api} needs
     * an actor with {@code manage:groups}.
     */
    public boolean canAssign(Actor actor, Collection<Group> targets) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(targets, "targets");
        if (targets.isEmpty() || actor.has(MANAGE_SYSTEM)) {
            return true;
        }
        if (!holdsAny(actor, ASSIGNERS)) {
            return false;
        }
        boolean managesGroups = actor.has(MANAGE_GROUPS);
        for (Group target : targets) {
            if (target.permissions().contains(MANAGE_SYSTEM)) {
                return false;
            }
            if (!managesGroups && hasAdministrativePermission(target)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Page check (spec §4.5): whether the actor may use any of these scopes on the target, or globally when
     * the target is null.
     */
    public boolean check(Actor actor, Collection<String> scopes, @Nullable PageTarget target) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(scopes, "scopes");
        Recent seen = recent(actor);
        Step step = step(actor, seen.facts.bypass(), holdsAny(actor, scopes), target != null);
        if (step != Step.EVALUATE) {
            return step == Step.BYPASS || step == Step.NO_TARGET;
        }
        int mask = ScopeBits.maskOf(scopes);
        String[] unknown = (mask & ScopeBits.UNKNOWN_FLAG) == 0 ? null : ScopeBits.unknownOf(scopes);
        return seen.pool(actor).decide(mask & ~ScopeBits.UNKNOWN_FLAG, unknown,
                Objects.requireNonNull(target)).allowed();
    }

    /** Page check for one scope; the same as {@link #check(Actor, Collection, PageTarget)} with that scope. */
    public boolean check(Actor actor, Scope scope, @Nullable PageTarget target) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(scope, "scope");
        Recent seen = recent(actor);
        ActorFacts facts = seen.facts;
        Step step = step(actor, facts.bypass(), facts.holds(scope), target != null);
        if (step != Step.EVALUATE) {
            return step == Step.BYPASS || step == Step.NO_TARGET;
        }
        return seen.pool(actor).decide(1 << scope.ordinal(), null, Objects.requireNonNull(target))
                .allowed();
    }

    /**
     * The items the actor may use with this scope, in their order: each passes when
     * {@link #check(Actor, Collection, PageTarget)} allows it on the target the function gives. The global
     * steps run once for the whole list.
     *
     * @return an unmodifiable list
     */
    public <T> List<T> filter(Actor actor, String scope, List<T> items, Function<? super T, PageTarget> target) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(items, "items");
        Objects.requireNonNull(target, "target");
        Recent seen = recent(actor);
        ActorFacts facts = seen.facts;
        Step step = step(actor, facts.bypass(), facts.holds(scope), true);
        if (step == Step.BYPASS) {
            return List.copyOf(items);
        }
        if (step != Step.EVALUATE) {
            return List.of();
        }
        int mask = ScopeBits.maskOf(scope);
        String[] unknown = (mask & ScopeBits.UNKNOWN_FLAG) == 0 ? null : new String[] {scope};
        int known = mask & ~ScopeBits.UNKNOWN_FLAG;
        RulePool pool = seen.pool(actor);
        List<T> kept = new ArrayList<>(items.size());
        for (T item : items) {
            Objects.requireNonNull(item, "item");
            if (pool.decide(known, unknown, Objects.requireNonNull(target.apply(item), "target")).allowed()) {
                kept.add(item);
            }
        }
        return Collections.unmodifiableList(kept);
    }

    /**
     * Why {@link #check(Actor, Collection, PageTarget)} with this one scope decides as it does on the target:
     * the {@code manage:system} bypass, the missing global scope, no groups, no matching rule, or the deciding
     * rule with its group.
     */
    public AccessExplanation explain(Actor actor, String scope, PageTarget target) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(target, "target");
        Recent seen = recent(actor);
        ActorFacts facts = seen.facts;
        switch (step(actor, facts.bypass(), facts.holds(scope), true)) {
            case BYPASS:
                return new AccessExplanation(Reason.MANAGE_SYSTEM, null);
            case MISSING_SCOPE:
                return new AccessExplanation(Reason.MISSING_SCOPE, null);
            case NO_GROUPS:
                return new AccessExplanation(Reason.NO_GROUPS, null);
            default:
                break;
        }
        int mask = ScopeBits.maskOf(scope);
        String[] unknown = (mask & ScopeBits.UNKNOWN_FLAG) == 0 ? null : new String[] {scope};
        RuleDecision decision = seen.pool(actor).decide(mask & ~ScopeBits.UNKNOWN_FLAG, unknown, target);
        CompiledRule rule = decision.rule();
        if (rule == null) {
            return new AccessExplanation(Reason.NO_RULE_MATCHED, null);
        }
        DecidingRule deciding = new DecidingRule(rule.groupId(), rule.groupName(), rule.source());
        return new AccessExplanation(decision.allowed() ? Reason.RULE_ALLOWS : Reason.RULE_DENIES, deciding);
    }

    /** up to the rules; the single place every page check goes through. */
    private static Step step(Actor actor, boolean bypass, boolean holdsScope, boolean hasTarget) {
        if (bypass) {
            return Step.BYPASS;
        }
        if (!holdsScope) {
            return Step.MISSING_SCOPE;
        }
        if (!hasTarget) {
            return Step.NO_TARGET;
        }
        if (actor.groups().isEmpty()) {
            return Step.NO_GROUPS;
        }
        return Step.EVALUATE;
    }

    /**
     * What was kept for this actor instance under the current rules, or a fresh record of it, kept for next
     * time. The rules are read here once, so a check uses one generation from start to end.
     */
    private Recent recent(Actor actor) {
        RuleSet current = rules;
        Recent seen = recent;
        if (seen != null && seen.rules == current && seen.facts.isOf(actor)) {
            return seen;
        }
        ActorFacts facts = seen != null && seen.facts.isOf(actor) ? seen.facts : new ActorFacts(actor);
        Recent fresh = new Recent(facts, current);
        recent = fresh;
        return fresh;
    }

    private static boolean holdsAny(Actor actor, Collection<String> scopes) {
        for (String scope : scopes) {
            if (actor.has(Objects.requireNonNull(scope, "scope"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasAdministrativePermission(Group group) {
        for (String permission : group.permissions()) {
            int colon = permission.lastIndexOf(':');
            if (colon >= 0 && ADMINISTRATIVE_SUFFIXES.contains(permission.substring(colon + 1))) {
                return true;
            }
        }
        return false;
    }
}
