/**
 * A page's filters from its URL: Next.js hands a page `searchParams` where a key given twice is an
 * array; filters read them as comma-joined strings (the domain's query schemas split them again).
 */
export type RawSearchParams = Record<string, string | string[] | undefined>;

export function filtersFromSearchParams(raw: RawSearchParams): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v.join(",") : v]));
}

/** Whether a comma-joined filter holds the value (a checked box). */
export const filterHas = (filters: Record<string, string | undefined>, key: string, value: string) => (filters[key] ?? "").split(",").includes(value);
