import { describe, expect, it } from "vitest";
import { jsonStringCost, measure, moreSuffix, truncateWithLink } from "../src";

const bytes = (s: string) => Buffer.byteLength(s, "utf8");
/** Survives a UTF-8 round trip: no split sequence, no lone surrogate (both would come back as U+FFFD). */
const wellFormed = (s: string) => Buffer.from(s, "utf8").toString("utf8") === s;
const LINK = "https://app.shelfloop.cn/alerts/42";

describe("truncateWithLink", () => {
  it("returns content that fits unchanged, including exactly at the limit", () => {
    const exact = "临".repeat(20); // 60 bytes
    expect(truncateWithLink(exact, 60, { link: LINK, style: "markdown" })).toBe(exact);
    expect(truncateWithLink("abc", 3, { style: "text" })).toBe("abc");
  });

  it("cuts one byte over the limit and ends with the markdown link", () => {
    const content = `a${"临".repeat(20)}`; // 61 bytes
    expect(moreSuffix(LINK, "markdown")).toBe(`…[查看全部](${LINK})`);
    const cut = truncateWithLink(content, 60, { link: "https://x.cn", style: "markdown" });
    expect(cut.endsWith("…[查看全部](https://x.cn)")).toBe(true);
    expect(bytes(cut)).toBeLessThanOrEqual(60);
  });

  it("never splits a 3-byte Chinese character", () => {
    const content = "临期商品".repeat(100);
    const suffix = moreSuffix(LINK, "text");
    for (let extra = 0; extra < 3; extra++) {
      const limit = bytes(suffix) + 30 + extra; // 10 characters fit, plus 0–2 spare bytes
      const out = truncateWithLink(content, limit, { link: LINK, style: "text" });
      expect(out).toBe(`${content.slice(0, 10)}${suffix}`);
      expect(bytes(out)).toBe(limit - extra);
      expect(wellFormed(out)).toBe(true);
    }
  });

  it("never splits a 4-byte emoji (a surrogate pair in JS)", () => {
    const content = "🍞".repeat(50); // 4 bytes, 2 UTF-16 units each
    const suffix = moreSuffix(undefined, "markdown");
    expect(suffix).toBe("…查看全部");
    for (let extra = 0; extra < 4; extra++) {
      const limit = bytes(suffix) + 8 + extra;
      const out = truncateWithLink(content, limit, { style: "markdown" });
      expect(out).toBe(`🍞🍞${suffix}`);
      expect(wellFormed(out)).toBe(true);
    }
  });

  it("handles mixed ASCII, Chinese and emoji for every limit near the cut", () => {
    const content = "A临🍞b期😀".repeat(40);
    const suffix = moreSuffix(LINK, "text");
    for (let limit = bytes(suffix); limit < bytes(suffix) + 40; limit++) {
      const out = truncateWithLink(content, limit, { link: LINK, style: "text" });
      expect(bytes(out)).toBeLessThanOrEqual(limit);
      expect(out.endsWith(suffix)).toBe(true);
      expect(content.startsWith(out.slice(0, -suffix.length))).toBe(true);
      expect(wellFormed(out)).toBe(true);
      // Greedy: the next character would not have fitted.
      const kept = out.slice(0, -suffix.length);
      const next = [...content.slice(kept.length)][0] ?? "";
      expect(bytes(kept) + bytes(next) + bytes(suffix)).toBeGreaterThan(limit);
    }
  });

  it("drops the link, then the suffix, when they cannot fit", () => {
    const long = `https://example.com/${"x".repeat(100)}`;
    expect(truncateWithLink("临".repeat(30), 30, { link: long, style: "text" })).toBe(
      `${"临".repeat(5)}…查看全部`,
    );
    expect(truncateWithLink("abcdef", 4, { style: "text" })).toBe("abcd");
  });

  it("percent-encodes parentheses and spaces in a markdown link", () => {
    expect(moreSuffix("https://x.cn/a (b)", "markdown")).toBe("…[查看全部](https://x.cn/a%20%28b%29)");
  });

  it("measures JSON-escaped size when asked to", () => {
    expect(measure('a"\n临', jsonStringCost)).toBe(1 + 2 + 2 + 3);
    const out = truncateWithLink("\n".repeat(100), 20, { style: "text", cost: jsonStringCost });
    expect(Buffer.byteLength(JSON.stringify(out)) - 2).toBeLessThanOrEqual(20);
  });
});
