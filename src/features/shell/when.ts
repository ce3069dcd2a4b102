/** "23 Nov 2026, 14:02 UTC": when something happened, the same on every page and in every zone. */
export const formatWhen = (iso: string) => `${new Date(iso).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" })} UTC`;
