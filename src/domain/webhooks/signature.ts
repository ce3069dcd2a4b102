/**
 * How a delivery is signed (docs/contract/API.md, Webhooks): the receiver recomputes the HMAC-SHA256
 * of `<timestamp>.<body>` with the shared secret and compares it with the signature header, and
 * refuses timestamps too far from its clock (replays).
 */
import { createHmac, timingSafeEqual } from "node:crypto";

/** Unix time in seconds when the delivery was sent. */
export const TIMESTAMP_HEADER = "x-claimboard-timestamp";
/** `sha256=<hex digest of "<timestamp>.<body>" keyed with the webhook's secret>` */
export const SIGNATURE_HEADER = "x-claimboard-signature";
/** The event name, `<entity>.<action>`. */
export const EVENT_HEADER = "x-claimboard-event";
/** The delivery's id: the same on every retry, so a receiver can ignore repeats. */
export const DELIVERY_HEADER = "x-claimboard-delivery";

export function signatureOf(secret: string, timestamp: string, body: string): string {
  return "sha256=" + createHmac("sha256", secret).update(`${timestamp}.${body}`, "utf8").digest("hex");
}

/** What a receiver does: true when the signature matches (in constant time). */
export function verifySignature(secret: string, timestamp: string, body: string, signature: string): boolean {
  const expected = Buffer.from(signatureOf(secret, timestamp, body));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
