/**
 * A second Claimboard app instance for tests: its own process, its own database client and its own
 * caches, on the same database (DATABASE_URL). Reads JSON lines `{ id, op, actor, args }` on stdin
 * and answers `{ id, result }` or `{ id, error }` on stdout. Start it with `startAppInstance()`.
 */
import readline from "node:readline";
import { updateArticle } from "@/domain/articles/service";
import { countClaimsBySourcing, createClaim, deleteClaim } from "@/domain/claims/service";
import { getComparison } from "@/domain/comparison/service";
import { updateLink } from "@/domain/propositions/service";
import { getStory, updateStory } from "@/domain/stories/service";

const ops: Record<string, (actor: never, args: never) => Promise<unknown>> = {
  comparison: (actor, args: { storyId: string }) => getComparison(actor, args.storyId),
  updateLink: (actor, args: { id: string; input: unknown }) => updateLink(actor, args.id, args.input),
  story: (actor, args: { storyId: string }) => getStory(actor, args.storyId),
  sourcingCounts: async (actor, args: { storyId: string }) => Object.fromEntries(await countClaimsBySourcing(actor, args.storyId)),
  updateStory: (actor, args: { id: string; input: unknown }) => updateStory(actor, args.id, args.input),
  updateArticle: (actor, args: { id: string; input: unknown }) => updateArticle(actor, args.id, args.input),
  createClaim: (actor, args: { articleId: string; input: unknown }) => createClaim(actor, args.articleId, args.input),
  deleteClaim: (actor, args: { id: string; input: unknown }) => deleteClaim(actor, args.id, args.input),
};

readline.createInterface({ input: process.stdin }).on("line", (line) => {
  const { id, op, actor, args } = JSON.parse(line) as { id: number; op: string; actor: never; args: never };
  const run = ops[op];
  (run ? run(actor, args) : Promise.reject(new Error(`unknown op ${op}`))).then(
    (result) => process.stdout.write(JSON.stringify({ id, result }) + "\n"),
    (error: unknown) => process.stdout.write(JSON.stringify({ id, error: String(error) }) + "\n"),
  );
});
