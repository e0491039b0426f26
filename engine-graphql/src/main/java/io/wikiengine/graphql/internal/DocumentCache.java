package io.wikiengine.graphql.internal;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Parsed and validated documents, keyed by the query text and bounded in size, so that a client repeating
 * its queries (as every Wiki.js client does) pays parsing and validation once.
 */
public final class DocumentCache implements PreparsedDocumentProvider {

    private final int capacity;
    private final ConcurrentHashMap<String, PreparsedDocumentEntry> entries = new ConcurrentHashMap<>();

    public DocumentCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.capacity = capacity;
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
            Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        String key = input.getQuery();
        PreparsedDocumentEntry cached = entries.get(key);
        if (cached != null) {
            return CompletableFuture.completedFuture(cached);
        }
        PreparsedDocumentEntry entry = parseAndValidate.apply(input);
        if (entries.size() >= capacity) {
            // Evict an arbitrary entry: cheap, and a bounded cache is what matters here, not strict LRU.
            Iterator<String> it = entries.keySet().iterator();
            if (it.hasNext()) {
                entries.remove(it.next());
            }
        }
        entries.put(key, entry);
        return CompletableFuture.completedFuture(entry);
    }

    /** How many documents are cached. */
    public int size() {
        return entries.size();
    }
}
