/** Cost of one character (one code point) in the unit a platform limit is measured in. */
export type CharCost = (char: string) => number;

/** UTF-8 bytes. A lone surrogate counts 3, as it goes on the wire as U+FFFD. */
export const utf8Cost: CharCost = (char) => Buffer.byteLength(char, "utf8");

/**
 * UTF-8 bytes once inside a JSON string: `"`, `\`, newlines and control characters are escaped, so a
 * DingTalk limit on the whole request body has to be measured this way, not on the raw text.
 */
export const jsonStringCost: CharCost = (char) => Buffer.byteLength(JSON.stringify(char), "utf8") - 2;

export function measure(text: string, cost: CharCost = utf8Cost): number {
  let total = 0;
  for (const char of text) total += cost(char);
  return total;
}

export type LinkStyle = "markdown" | "text";

const MORE = "…查看全部";

/** Markdown link targets end at `)` or whitespace; percent-encode those so the link stays one link. */
const markdownSafeUrl = (url: string) =>
  url.replace(/[()\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);

/** The tail appended to cut content: "…查看全部" plus a link to the full view when we have one. */
export function moreSuffix(link: string | undefined, style: LinkStyle): string {
  if (!link) return MORE;
  return style === "markdown" ? `…[查看全部](${markdownSafeUrl(link)})` : `${MORE} ${link}`;
}

/**
 * Fits `content` into `limit` (measured with `cost`). Content that fits is returned unchanged; otherwise
 * it is cut at a code-point boundary (iterating with for…of never splits a surrogate pair, and whole
 * characters never split a UTF-8 sequence) and ends with the "…查看全部" suffix, the whole within `limit`.
 * If even the link suffix does not fit (absurdly long URL), the bare "…查看全部" is used, then nothing.
 */
export function truncateWithLink(
  content: string,
  limit: number,
  { link, style, cost = utf8Cost }: { link?: string | undefined; style: LinkStyle; cost?: CharCost },
): string {
  if (measure(content, cost) <= limit) return content;
  const suffix = [moreSuffix(link, style), MORE, ""].find((s) => measure(s, cost) <= limit) ?? "";
  const budget = limit - measure(suffix, cost);
  let used = 0;
  let cut = 0;
  for (const char of content) {
    const c = cost(char);
    if (used + c > budget) break;
    used += c;
    cut += char.length;
  }
  return content.slice(0, cut) + suffix;
}
