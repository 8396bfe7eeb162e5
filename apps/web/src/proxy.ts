import { withAuth } from "next-auth/middleware";

// Every console page needs a session. Sign-in, auth and static assets do not; tRPC procedures
// authorise themselves and must answer UNAUTHORIZED rather than a redirect.
export default withAuth({ pages: { signIn: "/sign-in" } });

export const config = {
  matcher: ["/((?!sign-in|api/auth|api/trpc|_next/static|_next/image|favicon.ico|icon.svg).*)"],
};
