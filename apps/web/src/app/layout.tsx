import type { Metadata } from "next";
import type { ReactNode } from "react";
import { locale, messages } from "~/i18n";
import "./globals.css";

export const metadata: Metadata = { title: messages.app.name, description: messages.app.tagline };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang={locale}>
      <body>{children}</body>
    </html>
  );
}
