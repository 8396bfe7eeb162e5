import { redirect } from "next/navigation";
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
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm rounded-tremor-default border border-tremor-border bg-white p-8 shadow-tremor-card">
        <p className="text-2xl font-semibold text-tremor-brand">{messages.app.name}</p>
        <p className="mb-6 mt-1 text-sm text-tremor-content">{messages.app.tagline}</p>
        <h1 className="mb-4 text-tremor-title font-medium text-tremor-content-strong">
          {messages.signIn.title}
        </h1>
        <SignInForm callbackUrl={target} />
      </div>
    </main>
  );
}
