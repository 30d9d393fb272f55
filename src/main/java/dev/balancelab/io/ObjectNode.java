package dev.balancelab.io;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.balancelab.domain.Limits;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One JSON object of a {@link JsonDocument}, read field by field. Every accessor checks the JSON type and the rule,
 * and throws a {@link TopologyFileException} that names the field's path and position. A {@code null} fallback means
 * the field is required.
 */
final class ObjectNode {
    private static final int MAX_QUOTED_CHARS = 40;

    private final JsonDocument doc;
    private final String path;
    private final JsonObject object;

    private ObjectNode(JsonDocument doc, String path, JsonObject object) {
        this.doc = doc;
        this.path = path;
        this.object = object;
    }

    /** The document's top-level object, which may only hold {@code fields}. */
    static ObjectNode root(JsonDocument doc, List<String> fields) throws TopologyFileException {
        return of(doc, "", doc.root(), fields);
    }

    private static ObjectNode of(JsonDocument doc, String path, JsonElement value, List<String> fields)
            throws TopologyFileException {
        if (!value.isJsonObject()) {
            throw doc.error(path, "must be an object, was " + describe(value));
        }
        for (String name : value.getAsJsonObject().keySet()) {
            if (!fields.contains(name)) {
                throw doc.keyError(
                        JsonDocument.join(path, name),
                        "unknown field (expected one of " + String.join(", ", fields) + ")");
            }
        }
        return new ObjectNode(doc, path, value.getAsJsonObject());
    }

    /** The path of this object's field {@code name}, for example {@code servers[1].weight}. */
    String path(String name) {
        return JsonDocument.join(path, name);
    }

    /** An error about field {@code name}, located at its value (or at this object if the field is absent). */
    TopologyFileException error(String name, String problem) {
        return doc.error(path(name), problem);
    }

    /** A string field. */
    String string(String name, String fallback) throws TopologyFileException {
        JsonElement value = get(name, fallback == null);
        if (value == null) {
            return fallback;
        }
        if (!(value.isJsonPrimitive() && value.getAsJsonPrimitive().isString())) {
            throw error(name, "must be a string, was " + describe(value));
        }
        return value.getAsString();
    }

    /**
     * A text field in one or more languages: a plain string (the first of {@code languages}), or an object of strings
     * by language tag, for example {@code {"en": "Round robin", "zh-CN": "轮询"}}, which must hold the first language.
     *
     * @param languages the tags a file may use, the required one first
     * @return the texts by tag, the first language always present
     */
    Map<String, String> texts(String name, String fallback, List<String> languages) throws TopologyFileException {
        JsonElement value = get(name, fallback == null);
        String first = languages.get(0);
        if (value == null || !value.isJsonObject()) {
            return Map.of(first, string(name, fallback));
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> e : value.getAsJsonObject().entrySet()) {
            String at = JsonDocument.join(path(name), e.getKey());
            if (!languages.contains(e.getKey())) {
                throw doc.keyError(
                        at,
                        "unknown language " + quote(e.getKey()) + " (expected one of " + String.join(", ", languages)
                                + ")");
            }
            if (!(e.getValue().isJsonPrimitive()
                    && e.getValue().getAsJsonPrimitive().isString())) {
                throw doc.error(at, "must be a string, was " + describe(e.getValue()));
            }
            texts.put(e.getKey(), e.getValue().getAsString());
        }
        if (!texts.containsKey(first)) {
            throw error(name, "needs the " + quote(first) + " text");
        }
        return texts;
    }

    /** A string field naming one of {@code type}'s constants in lower case, for example {@code "crash"}. */
    <E extends Enum<E>> E constant(String name, Class<E> type, E fallback) throws TopologyFileException {
        List<String> names =
                Arrays.stream(type.getEnumConstants()).map(ObjectNode::jsonName).toList();
        String chosen = choice(name, names, fallback == null ? null : jsonName(fallback));
        return type.getEnumConstants()[names.indexOf(chosen)];
    }

    /** An array of strings naming {@code type}'s constants, in any order; an absent field reads as {@code fallback}. */
    <E extends Enum<E>> Set<E> constants(String name, Class<E> type, Set<E> fallback) throws TopologyFileException {
        JsonElement value = get(name, false);
        if (value == null) {
            return fallback;
        }
        if (!value.isJsonArray()) {
            throw error(name, "must be an array, was " + describe(value));
        }
        List<String> names =
                Arrays.stream(type.getEnumConstants()).map(ObjectNode::jsonName).toList();
        Set<E> chosen = EnumSet.noneOf(type);
        for (JsonElement entry : value.getAsJsonArray()) {
            boolean known = entry.isJsonPrimitive() && names.contains(entry.getAsString());
            if (!known) {
                throw error(name, "entries must be among " + String.join(", ", names) + "; found " + describe(entry));
            }
            chosen.add(type.getEnumConstants()[names.indexOf(entry.getAsString())]);
        }
        return chosen;
    }

    /** An array of strings; an absent field reads as empty. */
    List<String> strings(String name) throws TopologyFileException {
        return strings(name, List.of());
    }

    /** A string field whose value must be one of {@code allowed}. */
    String choice(String name, List<String> allowed, String fallback) throws TopologyFileException {
        String value = string(name, fallback);
        if (!allowed.contains(value)) {
            throw error(name, "must be one of " + String.join(", ", allowed) + "; was " + quote(value));
        }
        return value;
    }

    /** An integer field in {@code range}. */
    int integer(String name, Integer fallback, Limits.Range range) throws TopologyFileException {
        return integer(name, fallback, (int) range.min(), (int) range.max());
    }

    /** A whole-number field in {@code range}. */
    long whole(String name, Long fallback, Limits.Range range) throws TopologyFileException {
        return whole(name, fallback, (long) range.min(), (long) range.max());
    }

    /** A number field in {@code range}; required if {@code fallback} is null. */
    double decimal(String name, Double fallback, Limits.Range range) throws TopologyFileException {
        return decimal(name, fallback, range.min(), range.max());
    }

    /** An integer field in {@code min..max}. */
    int integer(String name, Integer fallback, int min, int max) throws TopologyFileException {
        return (int) whole(name, fallback == null ? null : fallback.longValue(), min, max);
    }

    /** A whole-number field in {@code min..max}; {@code 2.0} counts as whole. */
    long whole(String name, Long fallback, long min, long max) throws TopologyFileException {
        JsonElement value = get(name, fallback == null);
        if (value == null) {
            return fallback;
        }
        BigDecimal number = number(name, value, min, max);
        if (number.stripTrailingZeros().scale() > 0) {
            throw error(name, "must be a whole number, was " + number);
        }
        return number.longValueExact();
    }

    /** A boolean field, {@code true} or {@code false}. */
    boolean flag(String name, boolean fallback) throws TopologyFileException {
        JsonElement value = get(name, false);
        if (value == null) {
            return fallback;
        }
        if (!(value.isJsonPrimitive() && value.getAsJsonPrimitive().isBoolean())) {
            throw error(name, "must be true or false, was " + describe(value));
        }
        return value.getAsBoolean();
    }

    /** A number field in {@code min..max}; required if {@code fallback} is null. */
    double decimal(String name, Double fallback, double min, double max) throws TopologyFileException {
        JsonElement value = get(name, fallback == null);
        return value == null ? fallback : number(name, value, min, max).doubleValue();
    }

    /** Whether the field {@code name} is present. */
    boolean has(String name) {
        return object.has(name);
    }

    /** An optional object field that may only hold {@code fields}; an absent one reads as empty. */
    ObjectNode object(String name, List<String> fields) throws TopologyFileException {
        JsonElement value = get(name, false);
        return value == null ? new ObjectNode(doc, path(name), new JsonObject()) : of(doc, path(name), value, fields);
    }

    /**
     * An array field of objects that may only hold {@code fields}, with at most {@code max} entries. A required
     * array must be present and not empty; an absent optional one reads as empty.
     */
    List<ObjectNode> objects(String name, List<String> fields, boolean required, int max) throws TopologyFileException {
        JsonElement value = get(name, required);
        if (value == null) {
            return List.of();
        }
        if (!value.isJsonArray()) {
            throw error(name, "must be an array, was " + describe(value));
        }
        JsonArray array = value.getAsJsonArray();
        if (required && array.isEmpty()) {
            throw error(name, "must not be empty");
        }
        if (array.size() > max) {
            throw error(name, "must have at most " + max + " entries, has " + array.size());
        }
        List<ObjectNode> nodes = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            nodes.add(of(doc, path(name) + "[" + i + "]", array.get(i), fields));
        }
        return nodes;
    }

    /** An optional array of strings; an absent one reads as {@code fallback}. */
    List<String> strings(String name, List<String> fallback) throws TopologyFileException {
        JsonElement value = get(name, false);
        if (value == null) {
            return fallback;
        }
        if (!value.isJsonArray()) {
            throw error(name, "must be an array, was " + describe(value));
        }
        List<String> strings = new ArrayList<>();
        for (JsonElement entry : value.getAsJsonArray()) {
            if (!(entry.isJsonPrimitive() && entry.getAsJsonPrimitive().isString())) {
                throw error(name, "entries must be strings; found " + describe(entry));
            }
            strings.add(entry.getAsString());
        }
        return strings;
    }

    /** How an enum constant is spelt in a topology file: its name in kebab case ({@code error-rate}). */
    static String jsonName(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A string value as it appears in messages: quoted, and cut after 40 characters. */
    static String quote(String text) {
        return "\"" + (text.length() > MAX_QUOTED_CHARS ? text.substring(0, MAX_QUOTED_CHARS) + "..." : text) + "\"";
    }

    private JsonElement get(String name, boolean required) throws TopologyFileException {
        JsonElement value = object.get(name);
        if (value == null && required) {
            throw error(name, "required field is missing");
        }
        return value;
    }

    private BigDecimal number(String name, JsonElement value, double min, double max) throws TopologyFileException {
        if (!(value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber())) {
            throw error(name, "must be a number, was " + describe(value));
        }
        BigDecimal number = value.getAsBigDecimal();
        if (number.compareTo(new BigDecimal(min)) < 0) {
            throw error(name, "must be >= " + plain(min) + ", was " + number);
        }
        if (number.compareTo(new BigDecimal(max)) > 0) {
            throw error(name, "must be <= " + plain(max) + ", was " + number);
        }
        return number;
    }

    private static String plain(double bound) {
        return new BigDecimal(bound).stripTrailingZeros().toPlainString();
    }

    private static String describe(JsonElement value) {
        if (value.isJsonObject()) {
            return "an object";
        }
        if (value.isJsonArray()) {
            return "an array";
        }
        if (value.isJsonNull()) {
            return "null";
        }
        JsonPrimitive primitive = value.getAsJsonPrimitive();
        return primitive.isString() ? quote(primitive.getAsString()) : primitive.getAsString();
    }
}
