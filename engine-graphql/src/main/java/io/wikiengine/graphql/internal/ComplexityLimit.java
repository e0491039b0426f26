package io.wikiengine.graphql.internal;

import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.ExecutionResult;
import graphql.analysis.QueryComplexityCalculator;
import graphql.language.Document;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Refuses an operation whose complexity (each field 1 plus its children, as graphql-java counts it) is over
 * a limit, before any field runs.
 *
 * <p>graphql-java's own {@code MaxQueryComplexityInstrumentation} walks the whole document on every
 * execution. Here a document's complexity is computed once per parsed document and operation and then
 * remembered, since the {@link DocumentCache} hands out the same document object for the same text. The only
 * thing that can make one document's complexity vary is a {@code @skip} or {@code @include} whose condition
 * is a variable, so a document with any directive at all is measured again on every execution.
 */
public final class ComplexityLimit extends SimplePerformantInstrumentation {

    private record Key(Document document, @Nullable String operation) {
    }

    private final int max;
    private final int capacity;
    private final ConcurrentHashMap<Key, Integer> known = new ConcurrentHashMap<>();

    /**
     * @param max      the largest complexity accepted
     * @param capacity how many documents' complexities to remember before starting again
     */
    public ComplexityLimit(int max, int capacity) {
        if (max < 1 || capacity < 1) {
            throw new IllegalArgumentException("max and capacity must be positive");
        }
        this.max = max;
        this.capacity = capacity;
    }

    @Override
    public @Nullable InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, @Nullable InstrumentationState state) {
        ExecutionContext context = parameters.getExecutionContext();
        int complexity = complexity(context);
        if (complexity > max) {
            throw new AbortExecutionException("maximum query complexity exceeded " + complexity + " > " + max);
        }
        return SimpleInstrumentationContext.noOp();
    }

    private int complexity(ExecutionContext context) {
        if (context.getExecutionInput().getQuery().indexOf('@') >= 0) {
            return measure(context);
        }
        Key key = new Key(context.getDocument(), context.getExecutionInput().getOperationName());
        Integer remembered = known.get(key);
        if (remembered != null) {
            return remembered;
        }
        int complexity = measure(context);
        if (known.size() >= capacity) {
            known.clear();
        }
        known.put(key, complexity);
        return complexity;
    }

    private static int measure(ExecutionContext context) {
        return QueryComplexityCalculator.newCalculator()
                .fieldComplexityCalculator((environment, children) -> 1 + children)
                .schema(context.getGraphQLSchema())
                .document(context.getDocument())
                .operationName(context.getExecutionInput().getOperationName())
                .variables(context.getCoercedVariables())
                .build()
                .calculate();
    }
}
