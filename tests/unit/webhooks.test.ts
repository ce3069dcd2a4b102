import { describe, expect, it } from "vitest";
import { DEFAULT_RETRY, retryDelayMs } from "@/server/webhooks/backoff";
import { signatureOf, verifySignature } from "@/domain/webhooks/signature";
import { subscribes } from "@/domain/webhooks/outbox";

describe("webhook retries", () => {
  it("double from 30 s up to the 1 h cap, and stop after the last attempt", () => {
    const delays = Array.from({ length: DEFAULT_RETRY.maxAttempts }, (_, i) => retryDelayMs(i + 1, DEFAULT_RETRY));
    expect(delays).toEqual([30_000, 60_000, 120_000, 240_000, 480_000, 960_000, 1_920_000, 3_600_000, 3_600_000, null]);
  });
});

describe("webhook signatures", () => {
  it("are the hex HMAC-SHA256 of <timestamp>.<body>", () => {
    // echo -n '1700000000.{"a":1}' | openssl dgst -sha256 -hmac 'secret'
    expect(signatureOf("secret", "1700000000", '{"a":1}')).toBe("sha256=49f24e537407743fa4a0242bb63b94b9a47ee99cbbe071ccd8a22550ae411686");
    expect(verifySignature("secret", "1700000000", '{"a":1}', signatureOf("secret", "1700000000", '{"a":1}'))).toBe(true);
    expect(verifySignature("secret", "1700000000", '{"a":2}', signatureOf("secret", "1700000000", '{"a":1}'))).toBe(false);
  });
});

describe("webhook subscriptions", () => {
  it("match the event's name, or everything with *", () => {
    expect(subscribes(["claim.created"], "claim.created")).toBe(true);
    expect(subscribes(["claim.created"], "claim.updated")).toBe(false);
    expect(subscribes(["*"], "link.deleted")).toBe(true);
  });
});
