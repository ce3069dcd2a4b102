/** Test helpers on top of the shared factories (src/data/factories.ts): unique rows per test. */
import { randomUUID } from "node:crypto";
import { createArticle, createStory, createUser } from "@/data/factories";
import type { Actor } from "@/domain/auth/actor";
import type { Role } from "@/domain/vocabulary";

export const TEST_PASSWORD = "correct horse battery staple";

export async function makeUser(role: Role = "editor") {
  const email = `${role}-${randomUUID().slice(0, 8)}@test.local`;
  const user = await createUser({ email, name: `Test ${role}`, role, password: TEST_PASSWORD });
  const actor: Actor = { userId: user.id, name: user.name, email: user.email, role };
  return { user, actor, email };
}

export async function makeStoryWithArticle(text = "Alpha said the bridge was closed. Beta might reopen it.") {
  const { user, actor } = await makeUser("editor");
  const story = await createStory({ title: `Story ${randomUUID().slice(0, 6)}`, createdById: user.id });
  const article = await createArticle({ storyId: story.id, title: "An article", text, createdById: user.id });
  return { user, actor, story, article };
}
