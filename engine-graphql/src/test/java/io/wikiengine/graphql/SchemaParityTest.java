package io.wikiengine.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.language.AstPrinter;
import graphql.language.Directive;
import graphql.language.EnumTypeDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.StringValue;
import graphql.language.TypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import io.wikiengine.graphql.internal.SchemaFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Our SDL against a table made from the spec's wikijs-types.tsv (copied into test resources, limited to the
 * namespaces we serve), type by type: every member with its type, arguments, nullability and {@code @auth} list.
 */
class SchemaParityTest {

    private record Row(String kind, String type, String member, String memberType, String auth) {
    }

    private static List<Row> table() throws IOException {
        try (InputStream in = Objects.requireNonNull(SchemaParityTest.class.getResourceAsStream("/spec/wikijs-types.tsv"))) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<Row> rows = new ArrayList<>();
            for (String line : text.split("\n")) {
                String[] f = line.split("\t", -1);
                if (f.length < 6 || f[0].equals("area")) {
                    continue;
                }
                rows.add(new Row(f[1], f[2], f[3], f[4], f[5]));
            }
            return rows;
        }
    }

    private static TypeDefinitionRegistry ours() {
        return new SchemaParser().parse(SchemaFactory.sdl());
    }

    private static String signature(FieldDefinition field) {
        String type = AstPrinter.printAst(field.getType());
        if (field.getInputValueDefinitions().isEmpty()) {
            return type;
        }
        String args = field.getInputValueDefinitions().stream()
                .map(a -> a.getName() + ": " + AstPrinter.printAst(a.getType()))
                .collect(Collectors.joining(", "));
        return type + " (" + args + ")";
    }

    private static String auth(FieldDefinition field) {
        for (Directive directive : field.getDirectives("auth")) {
            var value = directive.getArgument("requires").getValue();
            return ((graphql.language.ArrayValue) value).getValues().stream()
                    .map(v -> ((StringValue) v).getValue())
                    .collect(Collectors.joining("|"));
        }
        return "none";
    }

    @Test
    void everyTypeOfTheTableIsServedWithTheSameMembers() throws IOException {
        TypeDefinitionRegistry registry = ours();
        Map<String, Set<String>> expectedMembers = new LinkedHashMap<>();
        List<String> mismatches = new ArrayList<>();
        for (Row row : table()) {
            switch (row.kind()) {
                case "type", "type (namespace)" -> {
                    expectedMembers.computeIfAbsent(row.type(), k -> new LinkedHashSet<>()).add(row.member());
                    var def = registry.getType(row.type(), ObjectTypeDefinition.class);
                    if (def.isEmpty()) {
                        mismatches.add("missing type " + row.type());
                        continue;
                    }
                    var field = def.get().getFieldDefinitions().stream()
                            .filter(f -> f.getName().equals(row.member())).findFirst();
                    if (field.isEmpty()) {
                        mismatches.add("missing field " + row.type() + "." + row.member());
                        continue;
                    }
                    if (!signature(field.get()).equals(row.memberType())) {
                        mismatches.add(row.type() + "." + row.member() + ": " + signature(field.get())
                                + " instead of " + row.memberType());
                    }
                    if (!auth(field.get()).equals(row.auth())) {
                        mismatches.add(row.type() + "." + row.member() + " @auth " + auth(field.get())
                                + " instead of " + row.auth());
                    }
                }
                case "input" -> {
                    expectedMembers.computeIfAbsent(row.type(), k -> new LinkedHashSet<>()).add(row.member());
                    var def = registry.getType(row.type(), InputObjectTypeDefinition.class);
                    var input = def.flatMap(d -> d.getInputValueDefinitions().stream()
                            .filter(f -> f.getName().equals(row.member())).findFirst());
                    if (input.isEmpty()) {
                        mismatches.add("missing input field " + row.type() + "." + row.member());
                    } else if (!AstPrinter.printAst(input.get().getType()).equals(row.memberType())) {
                        mismatches.add(row.type() + "." + row.member() + " type " + AstPrinter.printAst(input.get().getType()));
                    }
                }
                case "enum" -> {
                    expectedMembers.computeIfAbsent(row.type(), k -> new LinkedHashSet<>()).add(row.member());
                    var def = registry.getType(row.type(), EnumTypeDefinition.class);
                    boolean present = def.isPresent() && def.get().getEnumValueDefinitions().stream()
                            .anyMatch(v -> v.getName().equals(row.member()));
                    if (!present) {
                        mismatches.add("missing enum value " + row.type() + "." + row.member());
                    }
                }
                case "root-extension" -> {
                    var root = registry.getType(row.type(), ObjectTypeDefinition.class).orElseThrow();
                    boolean present = root.getFieldDefinitions().stream()
                            .anyMatch(f -> f.getName().equals(row.member()) && AstPrinter.printAst(f.getType()).equals(row.memberType()));
                    if (!present) {
                        mismatches.add("missing namespace " + row.type() + "." + row.member());
                    }
                }
                case "scalar" -> {
                    if (registry.scalars().get(row.type()) == null) {
                        mismatches.add("missing scalar " + row.type());
                    }
                }
                default -> {
                    // directives and roots are checked below
                }
            }
        }
        assertEquals(List.of(), mismatches);
        // No member beyond the table: we declare exactly what Wiki.js declares.
        List<String> extra = new ArrayList<>();
        for (Map.Entry<String, Set<String>> type : expectedMembers.entrySet()) {
            TypeDefinition<?> def = registry.getType(type.getKey()).orElseThrow();
            List<String> names = List.of();
            if (def instanceof ObjectTypeDefinition o) {
                names = o.getFieldDefinitions().stream().map(FieldDefinition::getName).toList();
            } else if (def instanceof InputObjectTypeDefinition i) {
                names = i.getInputValueDefinitions().stream().map(InputValueDefinition::getName).toList();
            } else if (def instanceof EnumTypeDefinition e) {
                names = e.getEnumValueDefinitions().stream().map(v -> v.getName()).toList();
            }
            for (String name : names) {
                if (!type.getValue().contains(name)) {
                    extra.add(type.getKey() + "." + name);
                }
            }
        }
        assertEquals(List.of(), extra);
    }

    @Test
    void theDirectivesAreDeclaredAsWikiJsDeclaresThem() {
        TypeDefinitionRegistry registry = ours();
        var auth = registry.getDirectiveDefinition("auth").orElseThrow();
        assertEquals("[String]", AstPrinter.printAst(auth.getInputValueDefinitions().get(0).getType()));
        assertEquals(Set.of("QUERY", "FIELD_DEFINITION", "ARGUMENT_DEFINITION"),
                auth.getDirectiveLocations().stream().map(l -> l.getName()).collect(Collectors.toSet()));
        var rate = registry.getDirectiveDefinition("rateLimit").orElseThrow();
        assertEquals(Set.of("OBJECT", "FIELD_DEFINITION"),
                rate.getDirectiveLocations().stream().map(l -> l.getName()).collect(Collectors.toSet()));
    }

    @Test
    void r_1_5_rateLimitsAreWhereWikiJsHasThem() {
        TypeDefinitionRegistry registry = ours();
        Map<String, String> limits = new LinkedHashMap<>();
        for (TypeDefinition<?> def : registry.types().values()) {
            if (def instanceof ObjectTypeDefinition o) {
                for (FieldDefinition f : o.getFieldDefinitions()) {
                    for (Directive d : f.getDirectives("rateLimit")) {
                        limits.put(o.getName() + "." + f.getName(), AstPrinter.printAst(d));
                    }
                }
            }
        }
        assertEquals(Map.of(
                "AuthenticationMutation.login", "@rateLimit(limit: 5, duration: 60)",
                "AuthenticationMutation.loginTFA", "@rateLimit(limit: 5, duration: 60)",
                "AuthenticationMutation.loginChangePassword", "@rateLimit(limit: 5, duration: 60)",
                "AuthenticationMutation.forgotPassword", "@rateLimit(limit: 3, duration: 60)",
                "CommentMutation.create", "@rateLimit(limit: 1, duration: 15)"), limits);
        assertTrue(limits.size() == 5);
    }
}
