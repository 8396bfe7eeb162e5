import { parseJsonObject, readCode, sendRequest } from "../http/request";
import {
  badResponseFailure,
  classifyPlatformError,
  httpFailure,
  networkFailure,
  type RobotKind,
  type RobotResult,
  timeoutFailure,
} from "./result";

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
  options: PostOptions,
): Promise<RobotResult> {
  const headers = { "content-type": "application/json; charset=utf-8" };
  const outcome = await sendRequest(url, { method: "POST", headers, body }, options);
  if (outcome.kind === "timeout") return timeoutFailure(kind, outcome.timeoutMs);
  if (outcome.kind === "network") return networkFailure(kind, outcome.detail);
  if (outcome.status !== 200) return httpFailure(kind, outcome.status, outcome.text);
  const reply = parseJsonObject(outcome.text);
  const errcode = readCode(reply?.errcode);
  if (!reply || errcode === undefined) return badResponseFailure(kind, outcome.text);
  if (errcode === 0) return { ok: true };
  return classifyPlatformError(kind, errcode, typeof reply.errmsg === "string" ? reply.errmsg : "");
}
