"use client";

import { signIn } from "next-auth/react";

/** Signs in with the credentials provider without a redirect; `tenantId` picks which tenant opens. */
export async function signInWithPassword(credentials: {
  login: string;
  password: string;
  tenantId?: string;
}): Promise<"ok" | "invalid" | "failed"> {
  try {
    const result = await signIn("credentials", { ...credentials, redirect: false });
    if (result?.ok) return "ok";
    return result?.error === "CredentialsSignin" ? "invalid" : "failed";
  } catch {
    return "failed";
  }
}
