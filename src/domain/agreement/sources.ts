/**
 * Source names as annotators write them differ in case, accents and titles ("President Aleksandar
 * Vučić", "aleksandar vucic"); the agreement on sources compares them after this normalisation.
 */
const TITLES = new Set(
  (
    "mr mrs ms miss dr prof professor sir dame lord lady president vice prime minister deputy secretary general gen col lt ltcol " +
    "colonel lieutenant major captain capt sgt sergeant admiral spokesman spokeswoman spokesperson ambassador senator sen rep " +
    "representative governor gov mayor chancellor king queen prince princess judge justice rev reverend father st the"
  ).split(" "),
);

export function normaliseSource(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .split(" ")
    .filter((w) => w && !TITLES.has(w))
    .join(" ");
}

export const sameSource = (a: string, b: string) => normaliseSource(a) === normaliseSource(b);
