import type { Role } from "@shelfloop/core";
import { authenticate, database } from "@shelfloop/db";
import type { NextAuthOptions } from "next-auth";
import { getServerSession } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { clientIp, createSignInLimiter, tooManyAttemptsError } from "./sign-in-limiter";

declare module "next-auth" {
  interface Session {
    user: { id: string; name: string; tenantId: string; role: Role };
  }
  interface User {
    id: string;
    name: string;
    tenantId: string;
    role: Role;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    userId: string;
    tenantId: string;
    role: Role;
  }
}

// 5 failures per account and 20 per IP in 15 minutes, per server instance (see sign-in-limiter.ts).
const signInLimiter = createSignInLimiter();

/**
 * Secure cookies (and their __Secure-/__Host- names) exactly when the console is served over https.
 * Keyed on NEXTAUTH_URL, the same test next-auth's middleware uses to find the session cookie, so the
 * two always agree; production must therefore set an https NEXTAUTH_URL.
 */
export const secureCookies = (process.env.NEXTAUTH_URL ?? "").startsWith("https://");

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  useSecureCookies: secureCookies,
  // The session cookie spelled out (next-auth's default, pinned): not readable by scripts, not sent
  // on cross-site subrequests or POSTs, https-only whenever the site is.
  cookies: {
    sessionToken: {
      name: `${secureCookies ? "__Secure-" : ""}next-auth.session-token`,
      options: { httpOnly: true, sameSite: "lax", path: "/", secure: secureCookies },
    },
  },
  pages: { signIn: "/sign-in" },
  providers: [
    CredentialsProvider({
      credentials: { login: { type: "text" }, password: { type: "password" }, tenantId: { type: "text" } },
      async authorize(credentials, request) {
        const login = credentials?.login?.trim() ?? "";
        const password = credentials?.password ?? "";
        if (!login || !password || login.length > 254 || password.length > 256) return null;
        // Refused before the password is checked: a locked account stays locked for the right one too.
        const attempt = signInLimiter.attempt(login, clientIp(request?.headers));
        if (!attempt.allowed) throw new Error(tooManyAttemptsError(attempt.retryAfterMs));
        // Optional: which of the user's tenants to open (after accepting an invitation to a second one).
        const tenantId = /^[0-9a-f-]{36}$/i.test(credentials?.tenantId ?? "")
          ? credentials?.tenantId
          : undefined;
        const member = await authenticate(database(), login, password, tenantId);
        if (member) attempt.succeeded();
        return (
          member && { id: member.userId, name: member.name, tenantId: member.tenantId, role: member.role }
        );
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) Object.assign(token, { userId: user.id, tenantId: user.tenantId, role: user.role });
      return token;
    },
    session({ session, token }) {
      session.user = { id: token.userId, name: token.name ?? "", tenantId: token.tenantId, role: token.role };
      return session;
    },
  },
};

export const getSession = () => getServerSession(authOptions);
