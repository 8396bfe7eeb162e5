import { describe, expect, it } from "vitest";
import { logUniform, mulberry32, substream, uniformInt } from "./prng";

describe("mulberry32", () => {
  it("replays the same sequence from the same seed", () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const first = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(first);
    expect(Array.from({ length: 5 }, mulberry32(43))).not.toEqual(first);
  });

  it("stays in [0, 1) and averages about 0.5", () => {
    const rng = mulberry32(1);
    let sum = 0;
    for (let i = 0; i < 20_000; i++) {
      const u = rng();
      expect(u >= 0 && u < 1).toBe(true);
      sum += u;
    }
    expect(sum / 20_000).toBeCloseTo(0.5, 1);
  });

  it("gives independent-looking substreams per salt", () => {
    expect(substream(1, 2)()).not.toBe(substream(1, 3)());
    expect(substream(1, 2)()).toBe(substream(1, 2)());
  });

  it("draws integers and log-uniform values in range", () => {
    const rng = mulberry32(9);
    for (let i = 0; i < 1000; i++) {
      const k = uniformInt(rng, 3, 5);
      expect([3, 4, 5]).toContain(k);
      const x = logUniform(rng, 0.5, 8);
      expect(x >= 0.5 && x <= 8).toBe(true);
    }
  });
});
