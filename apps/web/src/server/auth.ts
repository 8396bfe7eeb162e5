import type { Role } from "@shelfloop/core";
import { authenticate, database } from "@shelfloop/db";
import type { NextAuthOptions } from "next-auth";
import { getServerSession } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";

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

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/sign-in" },
  providers: [
    CredentialsProvider({
      credentials: { login: { type: "text" }, password: { type: "password" }, tenantId: { type: "text" } },
      async authorize(credentials) {
        const login = credentials?.login?.trim() ?? "";
        const password = credentials?.password ?? "";
        if (!login || !password || login.length > 254 || password.length > 256) return null;
        // Optional: which of the user's tenants to open (after accepting an invitation to a second one).
        const tenantId = /^[0-9a-f-]{36}$/i.test(credentials?.tenantId ?? "")
          ? credentials?.tenantId
          : undefined;
        const member = await authenticate(database(), login, password, tenantId);
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
