/** The people a comment can @mention: active accounts, by name (what any signed-in person may see). */
import { z } from "zod";
import { getDb } from "@/data/db";
import type { Actor } from "@/domain/auth/actor";
import { parseInput } from "@/domain/errors";
import { roles } from "@/domain/vocabulary-words";

export const PeopleQuery = z.object({
  q: z.string().trim().max(100, "must be at most 100 characters").optional().meta({ description: "Names containing this (case ignored)." }),
  limit: z.coerce.number({ message: "must be a number" }).int("must be a whole number").min(1, "must be at least 1").max(50, "must be at most 50").default(8),
});

export const PersonResponse = z.object({ id: z.string(), name: z.string(), role: z.enum(roles) }).meta({ id: "Person" });
export const PeopleResponse = z.object({ items: z.array(PersonResponse) }).meta({ id: "People" });
export type PersonDto = z.infer<typeof PersonResponse>;

const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLocaleLowerCase("en");

export async function listPeople(_actor: Actor, query: unknown): Promise<{ items: PersonDto[] }> {
  const q = parseInput(PeopleQuery, query);
  const db = await getDb();
  const users = await db.user.findMany({ where: { disabledAt: null }, select: { id: true, name: true, role: true }, orderBy: { name: "asc" } });
  const needle = q.q ? fold(q.q) : "";
  const items = users
    .filter((u) => !needle || fold(u.name).includes(needle))
    .sort((a, b) => Number(!fold(a.name).startsWith(needle)) - Number(!fold(b.name).startsWith(needle)) || a.name.localeCompare(b.name))
    .slice(0, q.limit)
    .map((u) => ({ id: u.id, name: u.name, role: u.role as PersonDto["role"] }));
  return { items };
}
