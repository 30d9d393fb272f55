/**
 * Real HTTP on loopback (issue 11): every server of a real-time lab becomes an HTTP/1.1 backend on a port of its own
 * ({@link dev.balancelab.http.Backends} on Netty, whose requests run on the server's own worker threads and bounded
 * queue), and the balancer becomes a reverse proxy on Netty ({@link dev.balancelab.http.Proxy})
 * whose requests enter the engine's dispatcher like simulated ones. {@link dev.balancelab.http.HttpLab} starts and
 * stops both. The only package that imports Netty.
 */
package dev.balancelab.http;
