package dev.balancelab.domain;

import java.util.Objects;

/**
 * A traffic source: a population of {@code users} users, each with its own key ({@code user-N}) and source address.
 *
 * @param id unique id
 * @param name display name
 * @param ratePerSecond requests per second at lab speed 1×, &gt;= 0
 * @param users size of the user population the keys are drawn from (uniformly), &gt;= 1
 * @param position where the client is drawn
 */
public record ClientSpec(String id, String name, double ratePerSecond, int users, Position position) {
    /** @throws IllegalArgumentException if a number is out of range */
    public ClientSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(position, "position");
        Checks.atLeast("ratePerSecond", ratePerSecond, 0);
        Checks.atLeast("users", users, 1);
    }

    /**
     * A client with every setting at its default, the one place both a topology file's absent fields and the editor's
     * new clients come from (documented in {@code sample-topologies/README.md}): named after its id, 10 requests/s,
     * 100 users.
     */
    public static ClientSpec defaults(String id, Position position) {
        return new ClientSpec(id, id, 10, 100, position);
    }

    /** A copy drawn at another position. */
    public ClientSpec withPosition(Position newPosition) {
        return new ClientSpec(id, name, ratePerSecond, users, newPosition);
    }

    /** A copy with another rate in requests/s. */
    public ClientSpec withRate(double rate) {
        return new ClientSpec(id, name, rate, users, position);
    }

    /** A copy with another {@code name}, checked as the constructor checks it. */
    public ClientSpec withName(String value) {
        return new ClientSpec(id, value, ratePerSecond, users, position);
    }

    /** A copy with another {@code users}, checked as the constructor checks it. */
    public ClientSpec withUsers(int value) {
        return new ClientSpec(id, name, ratePerSecond, value, position);
    }
}
