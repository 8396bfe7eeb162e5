"use client";

import { signIn } from "next-auth/react";
import { retryAfterMinutes } from "~/server/sign-in-limiter";

/** "ok", wrong credentials, too many failed attempts (wait `retryAfterMinutes`), or anything else. */
export type SignInOutcome = "ok" | "invalid" | "failed" | { retryAfterMinutes: number };

/** Signs in with the credentials provider without a redirect; `tenantId` picks which tenant opens. */
export async function signInWithPassword(credentials: {
  login: string;
  password: string;
  tenantId?: string;
}): Promise<SignInOutcome> {
  try {
    const result = await signIn("credentials", { ...credentials, redirect: false });
    if (result?.ok) return "ok";
    const minutes = retryAfterMinutes(result?.error);
    if (minutes !== null) return { retryAfterMinutes: minutes };
    return result?.error === "CredentialsSignin" ? "invalid" : "failed";
  } catch {
    return "failed";
  }
}
