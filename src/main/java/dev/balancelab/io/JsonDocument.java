package dev.balancelab.io;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.EOFException;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * A strictly parsed JSON text (RFC 8259, no comments, no trailing commas) that remembers where every value and every
 * field name starts, so errors found later can name a line and column. Paths look like {@code servers[1].weight};
 * the root's path is empty. Numbers are kept exactly, as {@link BigDecimal}.
 */
final class JsonDocument {
    /** Deepest nesting of objects and arrays accepted; the topology format itself needs 3. */
    static final int MAX_DEPTH = 20;
    /** Most values (of any kind) accepted in one document, so a 10 MB array cannot exhaust memory. */
    static final int MAX_VALUES = 100_000;

    private static final Spot FIRST = new Spot(1, 1);
    /** Gson's syntax messages that read badly, by prefix, and what to say instead. */
    private static final Map<String, String> PLAIN_PROBLEMS = Map.of(
            "Use JsonReader.setStrictness", "invalid JSON syntax",
            "Expected name", "expected a field name in double quotes",
            "Unescaped control characters", "unescaped control character (tab, line break...) in a string");

    private final String source;
    private final Map<String, Spot> valueSpots = new HashMap<>();
    private final Map<String, Spot> keySpots = new HashMap<>();
    private JsonElement root;
    private int values;
    /** Path of the value being read, or of the object or array whose next entry is being read. */
    private String where = "";

    private JsonDocument(String source) {
        this.source = source;
    }

    /**
     * Parses {@code text}; {@code source} names it in error messages.
     *
     * @throws TopologyFileException for any syntax error, a duplicate field name, or a document that is too deep or big
     */
    static JsonDocument parse(String text, String source) throws TopologyFileException {
        JsonDocument doc = new JsonDocument(source);
        JsonReader reader = new JsonReader(new StringReader(text));
        reader.setStrictness(Strictness.STRICT);
        try {
            doc.root = doc.value(reader, "", 0);
        } catch (IOException | RuntimeException e) {
            throw doc.syntaxError(reader, problem(e));
        }
        try {
            reader.peek();
        } catch (IOException | RuntimeException e) {
            throw doc.syntaxError(reader, "unexpected text after the end of the document");
        }
        return doc;
    }

    /** The top-level value. */
    JsonElement root() {
        return root;
    }

    /** An error about the value at {@code path}, located where that value (or, if absent, its parent) starts. */
    TopologyFileException error(String path, String problem) {
        String located = path;
        while (!valueSpots.containsKey(located) && !located.isEmpty()) {
            located = parent(located);
        }
        Spot at = valueSpots.getOrDefault(located, FIRST);
        return new TopologyFileException(source, at.line, at.column, path, problem);
    }

    /** An error about the field name at the end of {@code path}, located where the name starts. */
    TopologyFileException keyError(String path, String problem) {
        Spot at = keySpots.get(path);
        return new TopologyFileException(source, at.line, at.column, path, problem);
    }

    private JsonElement value(JsonReader r, String path, int depth) throws IOException, TopologyFileException {
        where = path;
        if (++values > MAX_VALUES) {
            throw syntaxError(r, "more than " + MAX_VALUES + " values in one document");
        }
        JsonToken token = r.peek();
        Spot at = spot(r);
        switch (token) {
            case BEGIN_OBJECT:
                return object(r, path, depth, at.back(1));
            case BEGIN_ARRAY:
                return array(r, path, depth, at.back(1));
            case STRING:
                valueSpots.put(path, at.back(1));
                return new JsonPrimitive(r.nextString());
            case NUMBER:
                return number(r, path, at);
            case BOOLEAN:
                boolean b = r.nextBoolean();
                valueSpots.put(path, at.back(String.valueOf(b).length()));
                return new JsonPrimitive(b);
            case NULL:
                r.nextNull();
                valueSpots.put(path, at.back("null".length()));
                return JsonNull.INSTANCE;
            default:
                throw new IllegalStateException("unexpected " + token);
        }
    }

    private JsonObject object(JsonReader r, String path, int depth, Spot at) throws IOException, TopologyFileException {
        enter(path, depth, at);
        JsonObject object = new JsonObject();
        r.beginObject();
        while (next(r, path)) {
            Spot key = spot(r).back(1);
            String name = r.nextName();
            String child = join(path, name);
            keySpots.put(child, key);
            if (object.has(name)) {
                throw keyError(child, "duplicate field");
            }
            object.add(name, value(r, child, depth + 1));
        }
        r.endObject();
        return object;
    }

    private JsonArray array(JsonReader r, String path, int depth, Spot at) throws IOException, TopologyFileException {
        enter(path, depth, at);
        JsonArray array = new JsonArray();
        r.beginArray();
        while (next(r, path)) {
            array.add(value(r, path + "[" + array.size() + "]", depth + 1));
        }
        r.endArray();
        return array;
    }

    private boolean next(JsonReader r, String containerPath) throws IOException {
        where = containerPath;
        return r.hasNext();
    }

    private void enter(String path, int depth, Spot at) throws TopologyFileException {
        valueSpots.put(path, at);
        if (depth >= MAX_DEPTH) {
            throw error(path, "nested deeper than " + MAX_DEPTH + " levels");
        }
    }

    /**
     * Reads a number. After {@code peek()} the reader stands either at the number's start or (for small integers it
     * has already consumed) at its end; which one shows in whether reading the text moves it.
     */
    private JsonElement number(JsonReader r, String path, Spot peeked) throws IOException, TopologyFileException {
        String text = r.nextString();
        valueSpots.put(path, spot(r).equals(peeked) ? peeked.back(text.length()) : peeked);
        try {
            return new JsonPrimitive(new BigDecimal(text));
        } catch (NumberFormatException e) {
            throw error(path, "number out of range: " + text);
        }
    }

    /** A syntax error where the reader stands, naming the value being read or the object or array it is in. */
    private TopologyFileException syntaxError(JsonReader r, String problem) {
        Spot at = spot(r);
        return new TopologyFileException(source, at.line, at.column, where, problem);
    }

    private static String problem(Exception e) {
        if (e instanceof EOFException) {
            return "unexpected end of file";
        }
        String message = e.getMessage() == null ? "" : e.getMessage();
        String text = message.contains(" at line ") ? message.substring(0, message.indexOf(" at line ")) : message;
        for (Map.Entry<String, String> plain : PLAIN_PROBLEMS.entrySet()) {
            if (text.startsWith(plain.getKey())) {
                return plain.getValue();
            }
        }
        return text.isEmpty() ? "invalid JSON syntax" : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    /** Where the reader stands, parsed from its {@code toString()}: "JsonReader at line L column C path P". */
    private static Spot spot(JsonReader r) {
        String s = r.toString();
        int line = s.indexOf(" at line ");
        int column = s.indexOf(" column ", line);
        int path = s.indexOf(" path ", column);
        return new Spot(
                Integer.parseInt(s.substring(line + " at line ".length(), column)),
                Integer.parseInt(s.substring(column + " column ".length(), path)));
    }

    /** The path of field {@code name} of the object at {@code parent}. */
    static String join(String parent, String name) {
        return parent.isEmpty() ? name : parent + "." + name;
    }

    private static String parent(String path) {
        return path.substring(0, Math.max(0, Math.max(path.lastIndexOf('.'), path.lastIndexOf('['))));
    }

    /** A 1-based line and column. */
    private record Spot(int line, int column) {
        Spot back(int chars) {
            return new Spot(line, column - chars);
        }
    }
}
