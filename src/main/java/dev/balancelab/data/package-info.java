/**
 * The data tier behind the servers: the servers' key caches (LRU from the JDK, W-TinyLFU from Caffeine). Depends on
 * {@code domain} only; the engine drives it.
 */
package dev.balancelab.data;
