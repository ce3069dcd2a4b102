/**
 * "Link" on a suggested match of a claim (side by side): the matched claim joins the proposition
 * the chosen claim already speaks to, so the two become counterparts. A new proposition, worded
 * like the chosen claim, is made only when neither claim speaks to one. All in one transaction.
 */
import { findClaim } from "@/data/claims";
import { inTransaction } from "@/data/db";
import { findClaimLinks, findProposition } from "@/data/propositions";
import type { Actor } from "@/domain/auth/actor";
import { assertCanChangeContent } from "@/domain/auth/permissions";
import { invalidInput, notFound, parseInput } from "@/domain/errors";
import type { Stance } from "@/domain/vocabulary";
import { LinkMatchInput, type LinkDto, type PropositionDto } from "./schemas";
import { addLink, addProposition, toPropositionDto } from "./service";

export interface LinkedMatch {
  /** The link made: the matched claim's, or the chosen claim's when it joined the match's proposition. */
  link: LinkDto;
  /** The proposition it belongs to, with all its links as they are now. */
  proposition: PropositionDto;
}

const opposite = (s: Stance): Stance => (s === "supports" ? "contradicts" : "supports");

/** How a claim stands towards a proposition, from its counterpart's stance and how the two relate. */
const stanceThrough = (counterpart: Stance, relation: Stance): Stance => (relation === "supports" ? counterpart : opposite(counterpart));

type ClaimLink = { propositionId: string; stance: Stance };

/** The proposition to go through: the only one, or the one the request names. Never a guess. */
function through(links: ClaimLink[], viaPropositionId: string | undefined, whose: string): ClaimLink {
  if (viaPropositionId !== undefined) {
    const via = links.find((l) => l.propositionId === viaPropositionId);
    if (!via)
      throw invalidInput(`${whose} does not speak to that proposition.`, [
        { path: "viaPropositionId", message: `is not a proposition ${whose.toLowerCase()} speaks to` },
      ]);
    return via;
  }
  if (links.length > 1) {
    throw invalidInput(`${whose} speaks to several propositions: choose the one the match joins.`, [
      { path: "viaPropositionId", message: `is required: one of ${links.map((l) => l.propositionId).join(", ")}` },
    ]);
  }
  return links[0]!;
}

export async function linkSuggestedMatch(actor: Actor, claimId: string, input: unknown): Promise<LinkedMatch> {
  const body = parseInput(LinkMatchInput, input);
  assertCanChangeContent(actor, "create", "link");
  return inTransaction(async (tx) => {
    const chosen = await findClaim(claimId, { tx });
    if (!chosen) throw notFound(`Claim ${claimId}`);
    const done = async (link: LinkDto) => ({ link, proposition: toPropositionDto((await findProposition(link.propositionId, { tx }))!) });

    if (body.matchPropositionId !== undefined) {
      const proposition = await findProposition(body.matchPropositionId, { tx });
      if (!proposition || proposition.storyId !== chosen.storyId) {
        throw invalidInput("The suggested proposition does not exist in the claim's story, or was deleted.", [
          { path: "matchPropositionId", message: "is not a live proposition of the claim's story" },
        ]);
      }
      return done(await addLink(tx, actor, proposition, { claimId: chosen.id, stance: body.stance, note: body.note }));
    }

    const matchId = body.matchClaimId!;
    if (matchId === chosen.id) throw invalidInput("A claim cannot be its own match.", [{ path: "matchClaimId", message: "is the chosen claim itself" }]);
    const match = await findClaim(matchId, { tx });
    if (!match) throw invalidInput("The matched claim does not exist or was deleted.", [{ path: "matchClaimId", message: "is not a live claim" }]);
    if (match.storyId !== chosen.storyId) {
      throw invalidInput("A match can only be a claim of the chosen claim's own story.", [{ path: "matchClaimId", message: "belongs to another story" }]);
    }
    const story = { storyId: chosen.storyId };

    const mine = await findClaimLinks(tx, chosen.id);
    if (mine.length > 0) {
      const via = through(mine, body.viaPropositionId, "The chosen claim");
      const stance = stanceThrough(via.stance, body.stance);
      return done(await addLink(tx, actor, { id: via.propositionId, ...story }, { claimId: match.id, stance, note: body.note }, "matchClaimId"));
    }
    const theirs = await findClaimLinks(tx, match.id);
    if (theirs.length > 0) {
      const via = through(theirs, body.viaPropositionId, "The matched claim");
      const stance = stanceThrough(via.stance, body.stance);
      return done(await addLink(tx, actor, { id: via.propositionId, ...story }, { claimId: chosen.id, stance, note: body.note }));
    }
    if (body.viaPropositionId !== undefined) {
      throw invalidInput("Neither claim speaks to a proposition yet.", [{ path: "viaPropositionId", message: "is not a proposition either claim speaks to" }]);
    }
    assertCanChangeContent(actor, "create", "proposition");
    const proposition = await addProposition(tx, actor, chosen.storyId, { statement: chosen.statement });
    await addLink(tx, actor, proposition, { claimId: chosen.id, stance: "supports" });
    return done(await addLink(tx, actor, proposition, { claimId: match.id, stance: body.stance, note: body.note }, "matchClaimId"));
  });
}
