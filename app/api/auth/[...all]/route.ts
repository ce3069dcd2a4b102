import { getAuth } from "@/server/auth/auth";

// better-auth's own endpoints (sign-in, sign-out, session), mounted at /api/auth/*.
async function handle(request: Request): Promise<Response> {
  const auth = await getAuth();
  return auth.handler(request);
}

export { handle as GET, handle as POST };
