import { withAuth } from "next-auth/middleware";

// Every console page needs a session. Sign-in, sign-up, invitation links, auth and static assets do
// not; tRPC procedures authorise themselves and must answer UNAUTHORIZED rather than a redirect,
// Inngest calls its endpoint with its own signing key, the mini-program storefront API is public, and
// POS tills sign every request to the POS open API (checked by its handlers), and a shelf label's QR
// code opens /m/<tenant>/<batch> for anyone.
export default withAuth({ pages: { signIn: "/sign-in" } });

export const config = {
  matcher: [
    "/((?!sign-in|sign-up|invite/|api/auth|api/trpc|api/inngest|api/storefront/|api/pos/|m/|_next/static|_next/image|favicon.ico|icon.svg).*)",
  ],
};
