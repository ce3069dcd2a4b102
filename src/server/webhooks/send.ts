/**
 * One delivery attempt: a signed POST through the outbound fetch helper (every address checked by
 * the outbound policy, no redirects followed), answered as what to record.
 */
import { DELIVERY_HEADER, EVENT_HEADER, SIGNATURE_HEADER, signatureOf, TIMESTAMP_HEADER } from "@/domain/webhooks/signature";
import { FetchFailure, fetchPage } from "@/server/net/fetch-page";
import { OutboundRefusal } from "@/server/net/outbound-policy";

export const DELIVERY_TIMEOUT_MS = 10_000;
/** A receiver's answer body is read up to this size (and then ignored). */
const MAX_ANSWER_BYTES = 64 * 1024;
/** Answer types read without complaint; any 2xx counts as delivered whatever its type. */
const ANSWER_TYPES = ["", "application/json", "text/plain", "text/html", "application/xml", "text/xml", "application/octet-stream"];

export interface SendResult {
  ok: boolean;
  statusCode: number | null;
  error: string | null;
}

export interface Sendable {
  id: string;
  event: string;
  body: string;
  url: string;
  secret: string;
}

export async function sendDelivery(delivery: Sendable, now = new Date()): Promise<SendResult> {
  const timestamp = String(Math.floor(now.getTime() / 1000));
  try {
    const answer = await fetchPage(delivery.url, {
      method: "POST",
      body: delivery.body,
      accept: ANSWER_TYPES,
      maxRedirects: 0,
      maxBytes: MAX_ANSWER_BYTES,
      timeoutMs: DELIVERY_TIMEOUT_MS,
      requestHeaders: {
        "content-type": "application/json",
        "content-length": String(Buffer.byteLength(delivery.body)),
        [TIMESTAMP_HEADER]: timestamp,
        [SIGNATURE_HEADER]: signatureOf(delivery.secret, timestamp, delivery.body),
        [EVENT_HEADER]: delivery.event,
        [DELIVERY_HEADER]: delivery.id,
      },
    });
    return { ok: true, statusCode: answer.status, error: null };
  } catch (error) {
    if (error instanceof FetchFailure) {
      // Raised only after a 2xx: the receiver took it; its answer body is of no interest.
      if (error.reason === "unsupported_type" || error.reason === "too_large") return { ok: true, statusCode: null, error: null };
      if (error.reason === "too_many_redirects")
        return { ok: false, statusCode: null, error: "The receiver answered with a redirect; webhooks do not follow redirects." };
      return { ok: false, statusCode: error.status ?? null, error: error.message };
    }
    if (error instanceof OutboundRefusal) return { ok: false, statusCode: null, error: error.message };
    return { ok: false, statusCode: null, error: error instanceof Error ? error.message : String(error) };
  }
}
