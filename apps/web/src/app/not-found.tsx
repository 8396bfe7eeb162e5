import Link from "next/link";
import { messages } from "~/i18n";

export default function NotFound() {
  return (
    <main className="flex min-h-screen flex-col items-center justify-center gap-4">
      <p className="text-lg text-tremor-content-strong">{messages.states.notFound}</p>
      <Link href="/" className="text-tremor-brand hover:underline">
        {messages.nav.dashboard}
      </Link>
    </main>
  );
}
