import { redirect } from "next/navigation";
import { AuthCard } from "~/components/auth-card";
import { messages } from "~/i18n";
import { getSession } from "~/server/auth";
import { SignUpForm } from "./sign-up-form";

export default async function SignUpPage() {
  if (await getSession()) redirect("/");
  return (
    <AuthCard title={messages.signUp.title}>
      <SignUpForm />
    </AuthCard>
  );
}
