export const trimBaseUrl = (url: string) => url.replace(/\/+$/, "");

export interface RequestOptions {
  timeoutMs: number;
  fetch: typeof fetch;
}

export interface RequestInit {
  method: "GET" | "POST";
  headers?: Record<string, string>;
  body?: string;
  /** Webhooks pass "manual": a subscriber's redirect must not carry our signed body elsewhere. */
  redirect?: "follow" | "manual";
}

/** What came back over the wire, before any platform reads it. */
export type HttpOutcome =
  | { kind: "response"; status: number; text: string }
  | { kind: "timeout"; timeoutMs: number }
  | { kind: "network"; detail: string };

/**
 * One HTTP request that never throws. The timeout signal also covers reading the body, so a server that
 * sends headers and then stalls times out too.
 */
export async function sendRequest(
  url: string,
  { method, headers, body, redirect = "follow" }: RequestInit,
  { timeoutMs, fetch: doFetch }: RequestOptions,
): Promise<HttpOutcome> {
  try {
    const response = await doFetch(url, {
      method,
      headers,
      body,
      redirect,
      signal: AbortSignal.timeout(timeoutMs),
    });
    return { kind: "response", status: response.status, text: await response.text() };
  } catch (error) {
    if (error instanceof Error && error.name === "TimeoutError") return { kind: "timeout", timeoutMs };
    return { kind: "network", detail: describeError(error) };
  }
}

/** fetch's "fetch failed" hides the useful part (ECONNREFUSED, ENOTFOUND…) in `cause`. */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : "";
  return `${error.message}${cause}`;
}

/** The JSON object in a reply body, or undefined for anything else (HTML error pages, arrays, junk). */
export function parseJsonObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** Lenient on purpose: platforms sometimes send a numeric code as a string. */
export function readCode(value: unknown): number | undefined {
  const code = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
  return typeof code === "number" && Number.isFinite(code) ? code : undefined;
}
