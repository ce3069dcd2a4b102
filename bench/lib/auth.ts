/** Signing in to the server under test: an API token (for the API) and a session cookie (for pages). */
export const BENCH_PASSWORD = "bench-password-123";

export async function apiToken(base: string, email: string, password = BENCH_PASSWORD): Promise<string> {
  const res = await fetch(`${base}/api/v1/tokens`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password, name: "bench" }),
  });
  const body = (await res.json()) as { token?: string };
  if (!res.ok || !body.token) throw new Error(`Could not get an API token for ${email}: ${res.status} ${JSON.stringify(body)}`);
  return body.token;
}

export async function sessionCookie(base: string, email: string, password = BENCH_PASSWORD): Promise<string> {
  const res = await fetch(`${base}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base },
    body: JSON.stringify({ email, password }),
    redirect: "manual",
  });
  const cookies = res.headers.getSetCookie().map((c) => c.split(";")[0]!);
  if (!res.ok || cookies.length === 0) throw new Error(`Could not sign in as ${email}: ${res.status} ${await res.text()}`);
  return cookies.join("; ");
}
