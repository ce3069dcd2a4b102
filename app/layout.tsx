import type { Metadata } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { AppHeader } from "@/features/shell/AppHeader";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Claimboard", template: "%s · Claimboard" },
  description: "Compare, claim by claim, how several articles cover the same story.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page is rendered per request, so that Next.js can put the request's CSP nonce (proxy.ts)
  // on its scripts; a page prerendered at build time would have scripts the policy blocks.
  await connection();
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <AppHeader />
        <main id="main" className="main">
          {children}
        </main>
      </body>
    </html>
  );
}
