import { describe, expect, it } from "vitest";
import { ShortLivedCache } from "./short-lived";

describe("a short-lived cache", () => {
  it("shares one computation between callers until it expires", async () => {
    let now = 0;
    const cache = new ShortLivedCache<number>(1_000, 10, () => now);
    let calls = 0;
    const compute = async () => ++calls;
    const [a, b] = await Promise.all([cache.get("k", compute), cache.get("k", compute)]);
    expect([a, b, calls]).toEqual([1, 1, 1]);
    now = 999;
    expect(await cache.get("k", compute)).toBe(1);
    now = 1_000;
    expect(await cache.get("k", compute)).toBe(2);
    expect(await cache.get("other", compute)).toBe(3);
  });

  it("forgets a failure at once, and everything when cleared", async () => {
    const cache = new ShortLivedCache<string>(60_000);
    await expect(cache.get("k", () => Promise.reject(new Error("panne")))).rejects.toThrow("panne");
    expect(await cache.get("k", async () => "ok")).toBe("ok");
    cache.clear();
    expect(await cache.get("k", async () => "neuf")).toBe("neuf");
  });

  it("keeps at most its limit, dropping the oldest", async () => {
    const cache = new ShortLivedCache<string>(60_000, 2);
    for (const key of ["a", "b", "c"]) await cache.get(key, async () => key);
    expect(cache.size).toBe(2);
    expect(await cache.get("a", async () => "recalculé")).toBe("recalculé");
    expect(await cache.get("c", async () => "recalculé")).toBe("c");
  });
});
