/**
 * Which of a story's articles side by side shows as columns (issue 15). The choice lives in the
 * URL, `?articles=id1,id2,id3` (or repeated `articles=` from the chooser's plain GET form), so the
 * view can be shared and reloaded; the older `?a=&b=` pair still works. Columns follow story order.
 */

/** Up to this many articles, all are shown by default; beyond it, the first DEFAULT_FEW. */
export const MAX_DEFAULT_ALL = 4;
export const DEFAULT_FEW = 3;
const MAX_REPORTED = 5;
const MAX_REPORTED_LENGTH = 80;

export interface ColumnsQuery {
  articles?: string | string[];
  a?: string | string[];
  b?: string | string[];
}

export interface ColumnChoice {
  /** The chosen articles' ids, in story order. */
  ids: string[];
  /** Ids asked for that are not articles of this story (a few, shortened), to say so on the page. */
  unknown: string[];
}

const list = (v: string | string[] | undefined) => (Array.isArray(v) ? v : v === undefined ? [] : [v]);

export function defaultColumns(storyIds: readonly string[]): string[] {
  return storyIds.length <= MAX_DEFAULT_ALL ? [...storyIds] : storyIds.slice(0, DEFAULT_FEW);
}

export function chooseColumns(storyIds: readonly string[], query: ColumnsQuery): ColumnChoice {
  const known = new Set(storyIds);
  let asked: string[];
  if (query.articles !== undefined) {
    asked = list(query.articles).flatMap((v) => v.split(","));
  } else if (query.a !== undefined || query.b !== undefined) {
    // The two-article form of before: a left and a right article, the right one defaulting to the first other.
    const a = list(query.a)[0];
    const left = a && known.has(a) ? a : storyIds[0];
    const b = list(query.b)[0];
    const right = b && known.has(b) && b !== left ? b : storyIds.find((x) => x !== left);
    asked = [...list(query.a).slice(0, 1), ...list(query.b).slice(0, 1)].filter((x) => !known.has(x));
    asked.push(...[left, right].filter((x): x is string => !!x));
  } else {
    asked = [];
  }
  const trimmed = asked.map((x) => x.trim()).filter(Boolean);
  const unknown = [...new Set(trimmed.filter((x) => !known.has(x)))]
    .slice(0, MAX_REPORTED)
    .map((x) => (x.length > MAX_REPORTED_LENGTH ? `${x.slice(0, MAX_REPORTED_LENGTH)}…` : x));
  const chosen = new Set(trimmed.filter((x) => known.has(x)));
  const ids = chosen.size > 0 ? storyIds.filter((x) => chosen.has(x)) : defaultColumns(storyIds);
  return { ids, unknown };
}

/** The query string that shows these articles. */
export function columnsQuery(ids: readonly string[]): string {
  return `?articles=${ids.map(encodeURIComponent).join(",")}`;
}
