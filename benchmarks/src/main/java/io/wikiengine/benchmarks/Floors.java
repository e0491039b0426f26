package io.wikiengine.benchmarks;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import javax.sql.DataSource;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The two floors every query result is compared with: a primary-key {@code SELECT} of a page row through plain
 * JDBC on the wiki's own H2 database, and graphql-java executing {@code { __typename }} on a one-field schema
 * with the parsed document cached.
 */
final class Floors implements AutoCloseable {

    /** Every column of the pages table, as the page repository reads them. */
    private static final String PAGE_BY_ID = "SELECT id, path, hash, title, description, is_private, is_published, "
            + "private_ns, publish_start_date, publish_end_date, content, render, toc, content_type, editor_key, "
            + "locale_code, script_css, script_js, author_id, creator_id, created_at, updated_at "
            + "FROM wiki_pages WHERE id = ?";

    private final Connection connection;
    private final GraphQL trivial;
    private final ExecutionInput typename = ExecutionInput.newExecutionInput().query("{ __typename }").build();

    Floors(DataSource dataSource) throws SQLException {
        this.connection = dataSource.getConnection();
        GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(
                new SchemaParser().parse("type Query { hello: String }"), RuntimeWiring.newRuntimeWiring().build());
        this.trivial = GraphQL.newGraphQL(schema).preparsedDocumentProvider(new Cache()).build();
    }

    /** Reads every column of the page with this id into the black hole. */
    void pageRow(int id, Blackhole sink) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(PAGE_BY_ID)) {
            statement.setInt(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    for (int column = 1; column <= 22; column++) {
                        sink.consume(rows.getObject(column));
                    }
                }
            }
        }
    }

    ExecutionResult typename() {
        return trivial.execute(typename);
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }

    private static final class Cache implements PreparsedDocumentProvider {
        private final ConcurrentHashMap<String, PreparsedDocumentEntry> entries = new ConcurrentHashMap<>();

        @Override
        public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
                Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
            return CompletableFuture.completedFuture(
                    entries.computeIfAbsent(input.getQuery(), q -> parseAndValidate.apply(input)));
        }
    }
}
