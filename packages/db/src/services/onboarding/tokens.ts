import { createHash, randomBytes } from "node:crypto";

/** Invitation links stay valid this long. */
export const INVITATION_TTL_DAYS = 7;

/** A new invitation token (sent in the link) and its hash (stored): a leaked table opens nothing. */
export function newInvitationToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashInvitationToken(token) };
}

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
