/**
 * One descriptor per versioned kind of record (story, article, claim, proposition, link, comment):
 * how to find it, who owns it, how to write it at a version, what its audit entry shows and how it
 * is answered. The write ritual (find, authorise, compare the version, write at that version,
 * audit, touch the story's stamp, answer) runs once, in ./write.ts; a kind's service keeps only
 * what is special about it (docs/decisions/0016-versioned-kinds-and-feature-folders.md).
 */
import type { ReadOptions, Tx, WriteOptions } from "@/data/db";
import type { AuditEntity } from "@/domain/audit/record";

/** What every versioned row has. */
export interface VersionedRow {
  id: string;
  version: number;
  updatedAt: Date;
  deletedAt?: Date | null;
}

/** The columns a write sets (the data layer's own types check them). */
export type Columns = Record<string, unknown>;

export interface Kind<Row extends VersionedRow, Dto> {
  /** The audit trail's and the conflict's name of the kind ("claim"). */
  entity: AuditEntity;
  /** As people read it in messages: "claim", "proposition", "link". */
  noun: string;
  /** How a stale-version message names the row: `Claim "Putin was not informed"`. */
  describe: (row: Row) => string;
  find: (id: string, options: ReadOptions & { tx: Tx }) => Promise<Row | null>;
  /** Writes `data` only if the row is still at `version` (and deleted, for a restore); null if not. */
  writeAtVersion: (tx: Tx, id: string, version: number, data: Columns, options?: WriteOptions) => Promise<Row | null>;
  /** The story whose stamp a change moves (null: none, as for accounts). */
  storyOf: (row: Row) => string | null;
  /** The fields an audit entry shows. */
  audited: (row: Row) => Record<string, unknown>;
  /** The answer; may read more inside the transaction (a story's live counts). */
  toDto: (row: Row, tx: Tx) => Dto | Promise<Dto>;
}

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "Claim abc was not found." */
export const notFoundName = <Row extends VersionedRow, Dto>(kind: Kind<Row, Dto>, id: string) => `${capitalised(kind.noun)} ${id}`;

type KindSpec<Row extends VersionedRow, Dto> = Pick<Kind<Row, Dto>, "describe" | "audited" | "toDto"> &
  Partial<Pick<Kind<Row, Dto>, "noun" | "storyOf">> & { data: Pick<Kind<Row, Dto>, "find" | "writeAtVersion"> };

/** A kind from its data access and what is its own; the noun defaults to the entity, the story to `storyId`. */
export function defineKind<Row extends VersionedRow, Dto>(entity: AuditEntity, spec: KindSpec<Row, Dto>): Kind<Row, Dto> {
  const { data, ...own } = spec;
  return { entity, noun: entity, storyOf: (row) => (row as unknown as { storyId: string }).storyId, ...data, ...own };
}
