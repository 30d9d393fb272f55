package dev.balancelab.http;

import dev.balancelab.telemetry.Outcome;
import io.netty.buffer.ByteBufUtil;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaders;

/**
 * A backend's answer to one attempt, copied out of Netty's buffers so that it outlives them.
 *
 * @param status the HTTP status
 * @param headers its headers, hop-by-hop ones dropped
 * @param body its body
 */
record BackendAnswer(int status, HttpHeaders headers, byte[] body) {
    static BackendAnswer of(FullHttpResponse response) {
        HttpHeaders headers = new DefaultHttpHeaders().add(response.headers());
        HopByHop.strip(headers);
        return new BackendAnswer(response.status().code(), headers, ByteBufUtil.getBytes(response.content()));
    }

    /**
     * The attempt's outcome: 503 is a full queue ({@link Outcome#REJECTED}, retried as a connect failure), any other
     * 5xx an {@link Outcome#ERROR}, everything else the server's answer ({@link Outcome#OK}).
     */
    Outcome outcome() {
        if (status == 503) {
            return Outcome.REJECTED;
        }
        return status >= 500 ? Outcome.ERROR : Outcome.OK;
    }
}
