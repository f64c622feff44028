import { LRUCache } from "lru-cache";

export type ShortLivedCache<T> = {
  /** The value kept for `key`, or the one `compute` gives, kept from now on. */
  get(key: string, compute: () => Promise<T>): Promise<T>;
  clear(): void;
  readonly size: number;
};

/**
 * A per-process cache of promises on lru-cache, each kept `ttlMs` milliseconds: concurrent
 * callers with the same key share one computation, and later ones reuse its result until it
 * expires. A failed computation is forgotten at once. At most `maxEntries` are kept; past
 * that the least recently used go first. Promises rather than lru-cache's own `fetch`: a
 * computation under way when the cache is cleared must neither fail for those awaiting it
 * (fetch aborts it) nor come back into the cache afterwards.
 */
export function shortLivedCache<T>(ttlMs: number, maxEntries = 1_000, clock?: () => number): ShortLivedCache<T> {
  // With a clock of its own (tests), lru-cache must read it each time rather than reuse a
  // reading for a millisecond of real time.
  const entries = new LRUCache<string, Promise<T>>({
    max: maxEntries,
    ttl: ttlMs,
    ...(clock && { perf: { now: clock }, ttlResolution: 0 }),
  });
  return {
    get(key, compute) {
      const kept = entries.get(key);
      if (kept) return kept;
      const value = compute();
      entries.set(key, value);
      value.catch(() => {
        if (entries.peek(key) === value) entries.delete(key);
      });
      return value;
    },
    clear: () => entries.clear(),
    get size() {
      return entries.size;
    },
  };
}
