"use client";

import { useState, useTransition } from "react";
import type { ArticleAgreementDto } from "@/domain/agreement/schemas";
import { type Sourcing, sourcingLabel, sourcings } from "@/domain/vocabulary-words";
import { adjudicateAction } from "./actions";

type Figures = ArticleAgreementDto;
type RoundClaim = Figures["claims"][number];

/** One version of a unit, with "choose" and "edit, then choose". */
function Version({ articleId, unitId, claim, author, open }: { articleId: string; unitId: string; claim: RoundClaim; author: string; open: boolean }) {
  const [editing, setEditing] = useState(false);
  const [fields, setFields] = useState({ statement: claim.statement, sourcing: claim.sourcing as Sourcing, source: claim.source, cue: claim.cue });
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const choose = (edits: Partial<typeof fields>) =>
    start(async () => {
      const r = await adjudicateAction(articleId, { unitId, claimId: claim.id, ...edits });
      setError(r.ok ? null : r.error.message);
      if (r.ok) setEditing(false);
    });
  const id = (f: string) => `v-${claim.id}-${f}`;
  return (
    <article className="card unit-version" data-adjudicated={claim.adjudicated || undefined} aria-label={`${author}'s version`}>
      <h4>
        {author}
        {claim.adjudicated && <span className="badge badge-status"> Claim of record</span>}
      </h4>
      <dl>
        <dt>Words</dt>
        <dd>“{claim.exact}”</dd>
        <dt>Statement</dt>
        <dd>{claim.statement}</dd>
        <dt>Sourcing</dt>
        <dd>
          <span className={`badge badge-${claim.sourcing}`}>{sourcingLabel[claim.sourcing]}</span>
        </dd>
        <dt>Source</dt>
        <dd>{claim.source || "—"}</dd>
        <dt>Cue</dt>
        <dd>{claim.cue || "—"}</dd>
      </dl>
      {open && !editing && (
        <div className="form-actions">
          <button type="button" className="button button-small" disabled={pending} onClick={() => choose({})}>
            Choose this version
          </button>
          <button type="button" className="button button-small button-secondary" onClick={() => setEditing(true)}>
            Edit, then choose
          </button>
        </div>
      )}
      {editing && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            choose(fields);
          }}
        >
          <div className="field">
            <label htmlFor={id("statement")}>Statement</label>
            <input id={id("statement")} value={fields.statement} onChange={(e) => setFields({ ...fields, statement: e.target.value })} />
          </div>
          <div className="field">
            <label htmlFor={id("sourcing")}>Sourcing</label>
            <select id={id("sourcing")} value={fields.sourcing} onChange={(e) => setFields({ ...fields, sourcing: e.target.value as Sourcing })}>
              {sourcings.map((s) => (
                <option key={s} value={s}>
                  {sourcingLabel[s]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={id("source")}>Source</label>
            <input id={id("source")} value={fields.source} onChange={(e) => setFields({ ...fields, source: e.target.value })} />
          </div>
          <div className="field">
            <label htmlFor={id("cue")}>Cue</label>
            <input id={id("cue")} value={fields.cue} onChange={(e) => setFields({ ...fields, cue: e.target.value })} />
          </div>
          <div className="form-actions">
            <button type="submit" className="button button-small" disabled={pending}>
              Save as the claim of record
            </button>
            <button type="button" className="button button-small button-quiet" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </div>
        </form>
      )}
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
    </article>
  );
}

/** Each unit's versions side by side (words, statement, sourcing, source, cue), differing units first. */
export function UnitVersions({ figures }: { figures: Figures }) {
  const name = new Map(figures.annotators.map((a) => [a.id, a.name]));
  const byId = new Map(figures.claims.map((c) => [c.id, c]));
  const open = figures.round.status === "open";
  const units = [...figures.units].sort((a, b) => Number(b.differs) - Number(a.differs) || a.start - b.start);
  if (units.length === 0) return <div className="card empty">No claims recorded in this round yet.</div>;
  return (
    <ol className="units">
      {units.map((u) => (
        <li key={u.id} className="unit">
          <h3>
            Characters {u.start}–{u.end}{" "}
            {u.differs ? <span className="badge badge-orphaned">Differs</span> : <span className="badge badge-status">Agreed</span>}
          </h3>
          <p className="muted">
            {figures.annotators
              .filter((a) => u.values[a.id] === null)
              .map((a) => a.name)
              .join(", ") || "Everyone"}
            {figures.annotators.some((a) => u.values[a.id] === null) ? " recorded nothing here." : " recorded a claim here."}
          </p>
          <div className="unit-versions">
            {u.claimIds.map((id) => {
              const claim = byId.get(id);
              return claim && <Version key={id} articleId={figures.articleId} unitId={u.id} claim={claim} author={name.get(claim.userId) ?? "?"} open={open} />;
            })}
          </div>
        </li>
      ))}
    </ol>
  );
}
