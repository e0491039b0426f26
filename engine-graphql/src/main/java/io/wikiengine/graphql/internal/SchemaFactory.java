package io.wikiengine.graphql.internal;

import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds the executable schema from our SDL resource and the namespace wirings. */
public final class SchemaFactory {

    /** The SDL resource on the class path. */
    public static final String SDL_RESOURCE = "/io/wikiengine/graphql/wikijs.graphqls";

    private static final Map<String, Object> NAMESPACE = Map.of();

    private SchemaFactory() {
    }

    /** The SDL text we serve. */
    public static String sdl() {
        try (InputStream in = SchemaFactory.class.getResourceAsStream(SDL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing schema resource " + SDL_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read schema resource " + SDL_RESOURCE, e);
        }
    }

    /** The schema with every namespace wired; fields are not yet guarded (see {@link FieldGuards}). */
    public static GraphQLSchema build(List<Wiring> wirings) {
        TypeDefinitionRegistry types = new SchemaParser().parse(sdl());
        RuntimeWiring.Builder runtime = RuntimeWiring.newRuntimeWiring().scalar(DateScalar.DATE);
        // Namespaces: each root field resolves to an empty object whose fields are the operations.
        types.getType("Query").ifPresent(q -> runtime.type("Query", t -> {
            ((graphql.language.ObjectTypeDefinition) q).getFieldDefinitions()
                    .forEach(f -> t.dataFetcher(f.getName(), env -> NAMESPACE));
            return t;
        }));
        types.getType("Mutation").ifPresent(m -> runtime.type("Mutation", t -> {
            ((graphql.language.ObjectTypeDefinition) m).getFieldDefinitions()
                    .forEach(f -> t.dataFetcher(f.getName(), env -> NAMESPACE));
            return t;
        }));
        for (Wiring wiring : wirings) {
            wiring.register(runtime);
        }
        return new SchemaGenerator().makeExecutableSchema(types, runtime.build());
    }

    /**
     * The operations (fields of the namespace types) that have no data fetcher of their own: a served field
     * must work, so this list is kept empty by test.
     */
    public static List<String> unwiredOperations(GraphQLSchema schema) {
        List<String> gaps = new ArrayList<>();
        GraphQLCodeRegistry registry = schema.getCodeRegistry();
        for (GraphQLObjectType root : List.of(schema.getQueryType(), schema.getMutationType())) {
            for (GraphQLFieldDefinition namespace : root.getFieldDefinitions()) {
                GraphQLType type = graphql.schema.GraphQLTypeUtil.unwrapAll(namespace.getType());
                if (!(type instanceof GraphQLObjectType object)) {
                    continue;
                }
                for (GraphQLFieldDefinition operation : object.getFieldDefinitions()) {
                    if (!registry.hasDataFetcher(FieldCoordinates.coordinates(object.getName(), operation.getName()))) {
                        gaps.add(object.getName() + "." + operation.getName());
                    }
                }
            }
        }
        return gaps;
    }
}
