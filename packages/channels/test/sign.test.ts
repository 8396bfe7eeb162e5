import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { dingTalkSign } from "../src";

const SECRET = "SEC0123456789abcdef";
const TIMESTAMP = 1764174600000; // 2025-11-26T16:30:00Z

describe("dingTalkSign", () => {
  it("matches a value pinned from DingTalk's Python recipe (quote_plus(b64encode(hmac)))", () => {
    expect(dingTalkSign(SECRET, TIMESTAMP)).toBe("f2Tp4Bb0bCbLrVUWSNUaoGiPff%2BvDoH3bQiHPln1euU%3D");
  });

  it("is the URL-encoded base64 HMAC-SHA256 of timestamp + \\n + secret, keyed by the secret", () => {
    const raw = createHmac("sha256", SECRET).update(`${TIMESTAMP}\n${SECRET}`).digest("base64");
    expect(dingTalkSign(SECRET, TIMESTAMP)).toBe(encodeURIComponent(raw));
    expect(decodeURIComponent(dingTalkSign(SECRET, TIMESTAMP))).toBe(raw);
  });

  it("changes with the timestamp and the secret", () => {
    expect(dingTalkSign(SECRET, TIMESTAMP + 1)).not.toBe(dingTalkSign(SECRET, TIMESTAMP));
    expect(dingTalkSign(`${SECRET}x`, TIMESTAMP)).not.toBe(dingTalkSign(SECRET, TIMESTAMP));
  });
});
