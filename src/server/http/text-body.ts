/**
 * Reads a non-JSON request body (a CSV upload) as text, under the same size limit as JSON bodies.
 */
import { DomainError } from "@/domain/errors";
import { MAX_JSON_BODY_BYTES } from "./route";

const tooLarge = () => new DomainError("payload_too_large", `The body is larger than ${MAX_JSON_BODY_BYTES / 1024 / 1024} MiB.`);

export async function readTextBody(request: Request): Promise<string> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_JSON_BODY_BYTES) throw tooLarge();
  const text = await request.text();
  if (Buffer.byteLength(text, "utf8") > MAX_JSON_BODY_BYTES) throw tooLarge();
  return text;
}
