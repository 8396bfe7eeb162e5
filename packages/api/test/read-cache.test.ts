import { describe, expect, it } from "vitest";
import { ReadCache } from "../src/storefront/read-cache";

describe("storefront read cache", () => {
  it("computes each ETag once, even for concurrent misses", async () => {
    const cache = new ReadCache();
    let computed = 0;
    const read = async () => ({ n: ++computed });
    const answers = await Promise.all([cache.get("v1", read), cache.get("v1", read), cache.get("v1", read)]);
    expect(answers).toEqual([{ n: 1 }, { n: 1 }, { n: 1 }]);
    expect(await cache.get("v2", read)).toEqual({ n: 2 });
  });

  it("forgets failures and the least recently used answers beyond its capacity", async () => {
    const cache = new ReadCache(2);
    await expect(cache.get("bad", () => Promise.reject(new Error("down")))).rejects.toThrow("down");
    expect(await cache.get("bad", async () => ({ ok: true }))).toEqual({ ok: true });
    await cache.get("a", async () => ({ v: "a" }));
    await cache.get("bad", async () => ({ v: "unused" })); // touch: "a" is now the oldest
    await cache.get("b", async () => ({ v: "b" }));
    expect(await cache.get("a", async () => ({ v: "a again" }))).toEqual({ v: "a again" });
    expect(await cache.get("b", async () => ({ v: "b again" }))).toEqual({ v: "b" });
  });
});
