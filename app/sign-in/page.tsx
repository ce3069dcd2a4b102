import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { safeNext } from "@/features/auth/safe-next";
import { env, DEFAULT_DEMO_PASSWORD } from "@/config/env";
import { SignInForm } from "@/features/auth/SignInForm";
import { demoAccounts } from "@/demo/accounts";
import { getPageActor } from "@/server/auth/page-actor";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { next } = await searchParams;
  if (await getPageActor()) redirect(safeNext(next));
  const usingDefaultDemoPassword = env().demoPassword === DEFAULT_DEMO_PASSWORD;
  return (
    <div className="auth-wrap">
      <div className="card">
        <h1>Sign in to Claimboard</h1>
        <p className="muted">Compare, claim by claim, how several articles cover the same story.</p>
        <SignInForm next={next} />
        {usingDefaultDemoPassword && (
          <div className="demo-accounts">
            <strong>Demo accounts</strong> (for the demo only), password <code>{DEFAULT_DEMO_PASSWORD}</code>:
            <ul>
              {demoAccounts.map((a) => (
                <li key={a.email}>
                  <code>{a.email}</code> — {a.role}
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </div>
  );
}
