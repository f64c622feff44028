import { describe, expect, it } from "vitest";
import { shortLivedCache } from "./short-lived";

describe("a short-lived cache", () => {
  it("shares one computation between callers until it expires", async () => {
    // lru-cache reads a start time of 0 as "no time to live": the clock starts later.
    let now = 50_000;
    const cache = shortLivedCache<number>(1_000, 10, () => now);
    let calls = 0;
    const compute = async () => ++calls;
    const [a, b] = await Promise.all([cache.get("k", compute), cache.get("k", compute)]);
    expect([a, b, calls]).toEqual([1, 1, 1]);
    now = 51_000;
    expect(await cache.get("k", compute)).toBe(1);
    now = 51_001;
    expect(await cache.get("k", compute)).toBe(2);
    expect(await cache.get("other", compute)).toBe(3);
  });

  it("forgets a failure at once, and everything when cleared", async () => {
    const cache = shortLivedCache<string>(60_000);
    await expect(cache.get("k", () => Promise.reject(new Error("panne")))).rejects.toThrow("panne");
    expect(await cache.get("k", async () => "ok")).toBe("ok");
    cache.clear();
    expect(await cache.get("k", async () => "neuf")).toBe("neuf");
  });

  it("keeps at most its limit, dropping the least recently used", async () => {
    const cache = shortLivedCache<string>(60_000, 2);
    for (const key of ["a", "b", "c"]) await cache.get(key, async () => key);
    expect(cache.size).toBe(2);
    expect(await cache.get("a", async () => "recalculé")).toBe("recalculé");
    expect(await cache.get("c", async () => "recalculé")).toBe("c");
  });

  it("keeps what was read lately rather than what came first", async () => {
    const cache = shortLivedCache<string>(60_000, 2);
    await cache.get("a", async () => "a");
    await cache.get("b", async () => "b");
    await cache.get("a", async () => "recalculé");
    await cache.get("c", async () => "c");
    expect(await cache.get("a", async () => "recalculé")).toBe("a");
    expect(await cache.get("b", async () => "recalculé")).toBe("recalculé");
  });

  it("lets a computation under way finish when cleared, without keeping its result", async () => {
    const cache = shortLivedCache<string>(60_000);
    let finish!: (value: string) => void;
    const pending = cache.get("k", () => new Promise((resolve) => (finish = resolve)));
    cache.clear();
    finish("ancien");
    expect(await pending).toBe("ancien");
    expect(await cache.get("k", async () => "neuf")).toBe("neuf");
  });
});
