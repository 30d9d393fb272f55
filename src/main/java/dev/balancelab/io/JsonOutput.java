package dev.balancelab.io;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/** Machine-readable output of the CLI, through Gson (the only package that uses it). */
public final class JsonOutput {
    private static final Gson GSON =
            new GsonBuilder().disableHtmlEscaping().serializeNulls().create();

    private JsonOutput() {}

    /**
     * Serialises maps, lists, strings, numbers and booleans to one line of JSON.
     *
     * @param value the value; maps keep their iteration order
     * @return compact JSON text
     */
    public static String toJson(Object value) {
        return GSON.toJson(value);
    }
}
