/** The named fields of a row, as a plain object (audit entries show these). */
export function pick<T extends object, K extends keyof T>(row: T, keys: readonly K[]): { [P in K]: T[P] } {
  return Object.fromEntries(keys.map((k) => [k, row[k]])) as { [P in K]: T[P] };
}
