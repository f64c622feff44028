/**
 * A per-process cache of promises, each kept `ttlMs` milliseconds: concurrent callers with
 * the same key share one computation, and later ones reuse its result until it expires. A
 * failed computation is forgotten at once. At most `maxEntries` are kept; past that the
 * oldest go first.
 */
export class ShortLivedCache<T> {
  private entries = new Map<string, { expiresAt: number; value: Promise<T> }>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 1_000,
    private readonly clock: () => number = Date.now,
  ) {}

  get(key: string, compute: () => Promise<T>): Promise<T> {
    const now = this.clock();
    const entry = this.entries.get(key);
    if (entry && entry.expiresAt > now) return entry.value;
    if (entry) this.entries.delete(key);
    const value = compute();
    this.entries.set(key, { expiresAt: now + this.ttlMs, value });
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
