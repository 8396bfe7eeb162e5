import { redirect } from "next/navigation";
import { AuthCard } from "~/components/auth-card";
import { messages } from "~/i18n";
import { getSession } from "~/server/auth";
import { SignInForm } from "./sign-in-form";

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string }>;
}) {
  if (await getSession()) redirect("/");
  const { callbackUrl } = await searchParams;
  // Only same-site paths: never bounce a signed-in user to another origin.
  const target = callbackUrl?.startsWith("/") && !callbackUrl.startsWith("//") ? callbackUrl : "/";
  return (
    <AuthCard title={messages.signIn.title}>
      <SignInForm callbackUrl={target} />
    </AuthCard>
  );
}
