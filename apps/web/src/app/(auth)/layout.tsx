import type { ReactNode } from "react";
import { TRPCReactProvider } from "~/trpc/react";

/** Pages for people without a session (sign-up, invitations) still call public tRPC procedures. */
export default function AuthLayout({ children }: { children: ReactNode }) {
  return <TRPCReactProvider>{children}</TRPCReactProvider>;
}
