import { createWeChatClient } from "@shelfloop/channels";
import type { Database } from "../../client";
import { type Tx, withTenant } from "../../scope";
import { BusinessError } from "../errors";

/** The consumer known by `openid` in the tenant, made on first sign-in. */
export function signInConsumer(db: Database, tenantId: string, openid: string): Promise<{ id: string }> {
  return withTenant(db, { tenantId }, (tx) =>
    tx.consumer.upsert({
      where: { tenantId_openid: { tenantId, openid } },
      create: { tenantId, openid },
      update: {},
      select: { id: true },
    }),
  );
}

export interface WeChatLoginConfig {
  appId: string;
  secret: string;
  baseUrl?: string;
}

/** Why a WeChat sign-in failed, with the HTTP status to answer: a bad code, a rate limit, WeChat down. */
export class WeChatLoginError extends Error {
  override readonly name: string = "WeChatLoginError";

  constructor(
    readonly status: 400 | 429 | 503,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Signs a mini-program user in by their `wx.login()` code (jscode2session). The session_key WeChat
 * answers with stays here: only the consumer's id leaves, in the caller's signed token.
 */
export async function signInWithWeChat(
  db: Database,
  tenantId: string,
  code: string,
  config: WeChatLoginConfig,
): Promise<{ id: string }> {
  const session = await createWeChatClient(config).code2Session(code);
  if (!session.ok) {
    const status = session.code === 45011 ? 429 : session.retryable ? 503 : 400;
    throw new WeChatLoginError(status, session.message);
  }
  return signInConsumer(db, tenantId, session.openid);
}

/** The signed-in consumer's openid, locked so that one consumer's claims queue. */
export async function lockConsumer(tx: Tx, consumerId: string): Promise<string> {
  const [consumer] = await tx.$queryRaw<{ openid: string }[]>`
    SELECT openid FROM consumers WHERE id = ${consumerId}::uuid FOR UPDATE`;
  if (!consumer) throw new BusinessError("FORBIDDEN", "登录已失效，请重新登录");
  return consumer.openid;
}
