/** What accepting a drafted item sends: recorded claims by id, suggested ones by their words. */
import type { z } from "zod";
import type { DraftAcceptInput } from "@/domain/assistance/draft-schemas";
import type { DraftItemDto } from "@/domain/assistance/draft-service";
import type { Stance } from "@/domain/vocabulary";

export function acceptInputOf(item: DraftItemDto, edits?: { statement: string; stances: Stance[]; keep: boolean[] }): z.input<typeof DraftAcceptInput> {
  const claims = item.claims
    .map((c, i) => ({ c, stance: edits?.stances[i] ?? c.stance, keep: edits?.keep[i] ?? true }))
    .filter((x) => x.keep)
    .map(({ c, stance }) =>
      c.claimId
        ? { claimId: c.claimId, stance }
        : {
            articleId: c.articleId,
            revisionId: c.revisionId,
            start: c.selector.start,
            end: c.selector.end,
            exact: c.selector.exact,
            statement: c.statement,
            sourcing: c.sourcing,
            source: c.source,
            cue: c.cue,
            stance,
          },
    );
  return { key: item.key, statement: edits?.statement ?? item.statement, claims };
}
