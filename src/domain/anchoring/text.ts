/** Article text normal form: Unicode NFC, "\n" line endings, no trailing whitespace on the text. */
export function normalizeText(text: string): string {
  return text
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(/[ \t]+\n/g, "\n")
    .trimEnd();
}
