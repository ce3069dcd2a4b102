/**
 * Reads a request body (JSON, or a CSV upload) as UTF-8 text, under the body size limit. Bytes that
 * are not UTF-8 are refused with a 400 that says so: `request.text()` would quietly turn them into
 * U+FFFD and store that (issue 14).
 */
import "server-only";
import { DomainError, invalidInput } from "@/domain/errors";
import { MAX_JSON_BODY_BYTES } from "./limits";

const tooLarge = () => new DomainError("payload_too_large", `The body is larger than ${MAX_JSON_BODY_BYTES / 1024 / 1024} MiB.`);

/** Decodes UTF-8 strictly (a leading byte-order mark is dropped, as `request.text()` does). */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw invalidInput("The body is not valid UTF-8 text. Send it encoded as UTF-8.", [{ path: "(body)", message: "contains bytes that are not UTF-8" }]);
  }
}

export async function readTextBody(request: Request): Promise<string> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_JSON_BODY_BYTES) throw tooLarge();
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes.byteLength > MAX_JSON_BODY_BYTES) throw tooLarge();
  return decodeUtf8(bytes);
}
