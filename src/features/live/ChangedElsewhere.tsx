"use client";
/** Tells the person with a form open that someone else just changed (or deleted) its record (issue 16). */
import { formatWhen } from "@/features/shell/when";
import { useChangedElsewhere } from "./live-context";

const fieldNames: Record<string, string> = {
  statement: "statement",
  sourcing: "sourcing",
  source: "source",
  cue: "cue words",
  status: "status",
  exact: "words",
};

export function ChangedElsewhere({ entity, id, version, noun }: { entity: string; id: string; version: number; noun: string }) {
  const change = useChangedElsewhere(entity, id, version);
  if (!change) return null;
  const fields = change.changed.map((f) => fieldNames[f]).filter(Boolean);
  const what = change.action === "deleted" ? `deleted this ${noun}` : `changed this ${noun}${fields.length ? ` (${fields.join(", ")})` : ""}`;
  return (
    <div className="changed-elsewhere" aria-live="polite">
      <strong>{change.actor}</strong> {what} at <time dateTime={change.at}>{formatWhen(change.at)}</time>, while you have it open.{" "}
      {change.action === "deleted" ? "Saving will not bring it back." : "If you save, you will be shown their version to compare first."}
    </div>
  );
}
