import { can } from "@/domain/auth/can";
import type { Actor } from "@/domain/auth/actor";
import { listAssignablePeople } from "@/domain/assignments/service";
import { AssignForm } from "./AssignForm";

/** "Assign…" on an article or story page, for editors: a disclosure holding the form. */
export async function AssignPanel({ actor, target, what }: { actor: Actor; target: { articleId: string } | { storyId: string }; what: string }) {
  if (!can(actor, "assign")) return null;
  const people = await listAssignablePeople(actor);
  return (
    <details className="card assign-panel">
      <summary>Assign {what}</summary>
      <AssignForm target={target} what={what} people={people} />
    </details>
  );
}
