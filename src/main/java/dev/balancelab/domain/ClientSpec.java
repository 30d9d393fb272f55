package dev.balancelab.domain;

import java.util.Objects;

/**
 * A traffic source: a population of {@code users} users, each with its own key ({@code user-N}) and source address.
 *
 * @param id unique id
 * @param name display name
 * @param ratePerSecond requests per second at lab speed 1×, &gt;= 0
 * @param users size of the user population the keys are drawn from, &gt;= 1
 * @param position where the client is drawn
 * @param zipfExponent how skewed the users' popularity is: 0 draws them uniformly, {@code s > 0} draws user
 *     {@code k} (rank {@code k + 1}) with probability proportional to {@code 1 / (k + 1)^s} (Zipf), so low-numbered
 *     users are hot keys; {@code 0..}{@link Limits#MAX_ZIPF_EXPONENT}
 * @param writeProportion the share of the client's requests that write their key rather than read it, {@code 0..1}
 *     (YCSB's {@code updateproportion}); it matters only where a {@link StorageSpec storage tier} serves them
 */
public record ClientSpec(
        String id,
        String name,
        double ratePerSecond,
        int users,
        Position position,
        double zipfExponent,
        double writeProportion) {
    /** @throws IllegalArgumentException if a number is out of range */
    public ClientSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(position, "position");
        Checks.atLeast("ratePerSecond", ratePerSecond, 0);
        Checks.atLeast("users", users, 1);
        Checks.atLeast("zipfExponent", zipfExponent, 0);
        Checks.atMost("zipfExponent", zipfExponent, Limits.MAX_ZIPF_EXPONENT);
        Checks.atLeast("writeProportion", writeProportion, 0);
        Checks.atMost("writeProportion", writeProportion, 1);
    }

    /** A client that only reads. */
    public ClientSpec(String id, String name, double ratePerSecond, int users, Position position, double zipfExponent) {
        this(id, name, ratePerSecond, users, position, zipfExponent, 0);
    }

    /** A client whose users are drawn uniformly. */
    public ClientSpec(String id, String name, double ratePerSecond, int users, Position position) {
        this(id, name, ratePerSecond, users, position, 0);
    }

    /**
     * A client with every setting at its default, the one place both a topology file's absent fields and the editor's
     * new clients come from (documented in {@code sample-topologies/README.md}): named after its id, 10 requests/s,
     * 100 users.
     */
    public static ClientSpec defaults(String id, Position position) {
        return new ClientSpec(id, id, 10, 100, position, 0);
    }

    /** A copy drawn at another position. */
    public ClientSpec withPosition(Position newPosition) {
        return new ClientSpec(id, name, ratePerSecond, users, newPosition, zipfExponent, writeProportion);
    }

    /** A copy with another rate in requests/s. */
    public ClientSpec withRate(double rate) {
        return new ClientSpec(id, name, rate, users, position, zipfExponent, writeProportion);
    }

    /** A copy with another {@code name}, checked as the constructor checks it. */
    public ClientSpec withName(String value) {
        return new ClientSpec(id, value, ratePerSecond, users, position, zipfExponent, writeProportion);
    }

    /** A copy with another {@code users}, checked as the constructor checks it. */
    public ClientSpec withUsers(int value) {
        return new ClientSpec(id, name, ratePerSecond, value, position, zipfExponent, writeProportion);
    }

    /** A copy with another {@code zipfExponent}, checked as the constructor checks it. */
    public ClientSpec withZipfExponent(double value) {
        return new ClientSpec(id, name, ratePerSecond, users, position, value, writeProportion);
    }

    /** A copy with another {@code writeProportion}, checked as the constructor checks it. */
    public ClientSpec withWriteProportion(double value) {
        return new ClientSpec(id, name, ratePerSecond, users, position, zipfExponent, value);
    }
}
