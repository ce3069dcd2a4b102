/** The signed-in person for pages and server actions; redirects to sign-in when there is none. */
import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import type { Actor } from "@/domain/auth/actor";
import { actorFromHeaders } from "./current-actor";

export const getPageActor = cache(async (): Promise<Actor | null> => actorFromHeaders(await headers()));

export async function requirePageActor(returnTo: string): Promise<Actor> {
  const actor = await getPageActor();
  if (!actor) redirect(`/sign-in?next=${encodeURIComponent(returnTo)}`);
  return actor;
}
