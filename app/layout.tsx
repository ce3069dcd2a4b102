import type { Metadata } from "next";
import type { ReactNode } from "react";
import { AppHeader } from "@/features/shell/AppHeader";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Claimboard", template: "%s · Claimboard" },
  description: "Compare, claim by claim, how several articles cover the same story.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
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
