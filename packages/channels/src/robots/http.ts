import {
  badResponseFailure,
  classifyPlatformError,
  httpFailure,
  networkFailure,
  type RobotKind,
  type RobotResult,
  timeoutFailure,
} from "./result";

export const trimBaseUrl = (url: string) => url.replace(/\/+$/, "");

export interface PostOptions {
  timeoutMs: number;
  fetch: typeof fetch;
}

/**
 * POSTs a JSON body and turns every outcome into a RobotResult. Both platforms answer HTTP 200 with
 * `errcode`/`errmsg`, so the errcode, not the status, says whether the message went out. Never throws.
 *
 * A timeout is retryable even though the platform may have delivered the message: a rare duplicate alert
 * is better than a lost one.
 */
export async function postRobot(
  kind: RobotKind,
  url: string,
  body: string,
  { timeoutMs, fetch: doFetch }: PostOptions,
): Promise<RobotResult> {
  let status: number;
  let text: string;
  try {
    // The signal covers reading the body too, so a server that sends headers then stalls also times out.
    const response = await doFetch(url, {
      method: "POST",
      headers: { "content-type": "application/json; charset=utf-8" },
      body,
      signal: AbortSignal.timeout(timeoutMs),
    });
    status = response.status;
    text = await response.text();
  } catch (error) {
    if (error instanceof Error && error.name === "TimeoutError") return timeoutFailure(kind, timeoutMs);
    return networkFailure(kind, error);
  }
  if (status !== 200) return httpFailure(kind, status, text);
  const reply = parseReply(text);
  if (!reply) return badResponseFailure(kind, text);
  if (reply.errcode === 0) return { ok: true };
  return classifyPlatformError(kind, reply.errcode, reply.errmsg);
}

function parseReply(text: string): { errcode: number; errmsg: string } | undefined {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== "object" || value === null) return undefined;
    const { errcode, errmsg } = value as Record<string, unknown>;
    // Lenient on purpose: a numeric string is still an errcode.
    const code = typeof errcode === "string" && errcode.trim() !== "" ? Number(errcode) : errcode;
    if (typeof code !== "number" || !Number.isFinite(code)) return undefined;
    return { errcode: code, errmsg: typeof errmsg === "string" ? errmsg : "" };
  } catch {
    return undefined;
  }
}
