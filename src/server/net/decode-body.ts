/**
 * Bytes of a fetched page as text, in the HTML standard's order: a byte-order mark, else the
 * charset of the Content-Type header, else (for HTML) a <meta charset> or <meta http-equiv=
 * "Content-Type"> in the first 1024 bytes (the prescan window), else UTF-8. An unknown charset
 * name falls through to the next source.
 */
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_:.-]+)/i;

export function decodeBody(bytes: Buffer, headerCharset: string | undefined, contentType: string): { text: string; charset: string } {
  const bom = bomCharset(bytes);
  const sniffed = contentType.includes("html") || contentType.includes("xml") ? META_CHARSET.exec(bytes.subarray(0, 1024).toString("latin1"))?.[1] : undefined;
  for (const label of [bom, headerCharset, sniffed, "utf-8"]) {
    if (!label) continue;
    const decoder = decoderFor(label);
    if (decoder) return { text: decoder.decode(bytes), charset: decoder.encoding };
  }
  return { text: new TextDecoder().decode(bytes), charset: "utf-8" };
}

function bomCharset(bytes: Buffer): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  return undefined;
}

function decoderFor(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label.trim().toLowerCase());
  } catch {
    // An unknown charset name: try the next source.
    return null;
  }
}
