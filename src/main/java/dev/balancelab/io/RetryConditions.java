package dev.balancelab.io;

import dev.balancelab.domain.RetryOn;
import dev.balancelab.domain.RetrySpec;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/** A retry policy's conditions in a proxy's own words, for the configuration exports. */
final class RetryConditions {
    private RetryConditions() {}

    /**
     * @param retry the policy
     * @param words each condition's words in the target configuration language
     * @param none what to write when nothing is retried
     * @return the words of the retried conditions, in {@link RetryOn} order, separated by spaces
     */
    static String words(RetrySpec retry, Map<RetryOn, String> words, String none) {
        String joined = Arrays.stream(RetryOn.values())
                .filter(retry.retryOn()::contains)
                .map(words::get)
                .collect(Collectors.joining(" "));
        return joined.isEmpty() ? none : joined;
    }
}
