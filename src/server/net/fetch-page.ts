/**
 * Fetches one page for the server (import by URL, re-fetch, feeds), within limits a user can
 * understand: a total time limit, a size cap, at most a few redirects, only the content types the
 * caller reads, and every hop's address checked by the outbound policy before connecting. The
 * connection goes to the checked address itself (the socket's lookup is pinned), so a DNS answer
 * cannot change between the check and the connection.
 */
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { OutboundRefusal, type PolicyOptions, resolveOutboundTarget } from "./outbound-policy";
import { decodeBody } from "./decode-body";

export const FETCH_TIMEOUT_MS = 10_000;
export const FETCH_MAX_BYTES = 4 * 1024 * 1024;
export const FETCH_MAX_REDIRECTS = 5;
export const PAGE_TYPES = ["text/html", "application/xhtml+xml", "text/plain"] as const;

export type FetchFailureReason = "timeout" | "too_large" | "too_many_redirects" | "unsupported_type" | "http_status" | "network";

/** A fetch that was tried and failed (the address itself was acceptable). */
export class FetchFailure extends Error {
  constructor(
    readonly reason: FetchFailureReason,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = "FetchFailure";
  }
}

export interface FetchedPage {
  /** Where the page was finally found, after redirects. */
  url: string;
  status: number;
  /** Media type without parameters ("text/html"). */
  contentType: string;
  charset: string;
  text: string;
  headers: Record<string, string>;
}

export interface FetchOptions extends PolicyOptions {
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  /** Media types the caller reads; others are refused. */
  accept?: readonly string[];
  method?: "GET" | "POST";
  body?: string;
  requestHeaders?: Record<string, string>;
}

const USER_AGENT = "Claimboard/0.1 (newsroom claim tracker; +https://claimboard.local)";

export async function fetchPage(input: string, options: FetchOptions = {}): Promise<FetchedPage> {
  const timeoutMs = options.timeoutMs ?? FETCH_TIMEOUT_MS;
  const deadline = AbortSignal.timeout(timeoutMs);
  const maxRedirects = options.maxRedirects ?? FETCH_MAX_REDIRECTS;
  let current = input;
  for (let hop = 0; ; hop++) {
    const target = await resolveOutboundTarget(current, options);
    const response = await requestOnce(target.url, target.address, { ...options, signal: deadline, timeoutMs });
    if (response.status >= 300 && response.status < 400 && response.headers.location) {
      response.discard();
      if (hop >= maxRedirects) throw new FetchFailure("too_many_redirects", `The page redirected more than ${maxRedirects} times.`);
      try {
        current = new URL(response.headers.location, target.url).href;
      } catch {
        throw new FetchFailure("network", "The page redirected to an address that is not a valid URL.");
      }
      continue;
    }
    if (response.status < 200 || response.status >= 300) {
      response.discard();
      throw new FetchFailure("http_status", `The site answered ${response.status}${response.statusText ? ` ${response.statusText}` : ""}.`, response.status);
    }
    const [type = "", ...params] = (response.headers["content-type"] ?? "").split(";");
    const contentType = type.trim().toLowerCase();
    const accept = options.accept ?? PAGE_TYPES;
    if (!accept.includes(contentType)) {
      response.discard();
      throw new FetchFailure(
        "unsupported_type",
        `The address serves ${contentType || "content of no stated type"}, not ${accept.length > 1 ? `one of ${accept.join(", ")}` : accept[0]}.`,
      );
    }
    const bytes = await response.readAll(options.maxBytes ?? FETCH_MAX_BYTES);
    const headerCharset = params.map((p) => /^\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(p)?.[1]).find(Boolean);
    const { text, charset } = decodeBody(bytes, headerCharset, contentType);
    return { url: target.url.href, status: response.status, contentType, charset, text, headers: response.headers };
  }
}

interface RawResponse {
  status: number;
  statusText: string;
  headers: Record<string, string>;
  discard(): void;
  readAll(maxBytes: number): Promise<Buffer>;
}

function requestOnce(
  url: URL,
  address: { address: string; family: 4 | 6 },
  options: FetchOptions & { signal: AbortSignal; timeoutMs: number },
): Promise<RawResponse> {
  const timedOut = () => new FetchFailure("timeout", `The site did not answer within ${Math.round(options.timeoutMs / 1000)} s.`);
  // Every lookup of this request answers the checked address (no second DNS query).
  const pinned: LookupFunction = (_host, lookupOptions, callback) => {
    if ((lookupOptions as { all?: boolean }).all) (callback as (e: null, a: { address: string; family: number }[]) => void)(null, [address]);
    else callback(null, address.address, address.family);
  };
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    if (options.signal.aborted) return reject(timedOut());
    const request = client.request(
      url,
      {
        method: options.method ?? "GET",
        lookup: pinned,
        signal: options.signal,
        headers: {
          "user-agent": USER_AGENT,
          accept: (options.accept ?? PAGE_TYPES).join(", ") + ";q=1, */*;q=0.1",
          "accept-encoding": "identity",
          ...options.requestHeaders,
        },
      },
      (response) => {
        const headers: Record<string, string> = {};
        for (const [key, value] of Object.entries(response.headers)) if (value !== undefined) headers[key] = Array.isArray(value) ? value.join(", ") : value;
        resolve({
          status: response.statusCode ?? 0,
          statusText: response.statusMessage ?? "",
          headers,
          discard: () => response.destroy(),
          readAll: (maxBytes) =>
            new Promise<Buffer>((done, fail) => {
              const declared = Number(headers["content-length"]);
              // Settled before destroy(), which emits "aborted" synchronously.
              if (Number.isFinite(declared) && declared > maxBytes) {
                fail(tooLarge(maxBytes));
                return response.destroy();
              }
              const chunks: Buffer[] = [];
              let size = 0;
              response.on("data", (chunk: Buffer) => {
                size += chunk.length;
                if (size > maxBytes) {
                  fail(tooLarge(maxBytes));
                  response.destroy();
                } else chunks.push(chunk);
              });
              response.on("end", () => done(Buffer.concat(chunks)));
              response.on("error", (e) => fail(options.signal.aborted ? timedOut() : networkFailure(e)));
              response.on("aborted", () => fail(options.signal.aborted ? timedOut() : new FetchFailure("network", "The site closed the connection early.")));
            }),
        });
      },
    );
    request.on("error", (e) => reject(options.signal.aborted ? timedOut() : networkFailure(e)));
    if (options.body !== undefined) request.write(options.body);
    request.end();
  });
}

const tooLarge = (maxBytes: number) => new FetchFailure("too_large", `The page is larger than ${Math.round(maxBytes / (1024 * 1024))} MB.`);

function networkFailure(error: Error): FetchFailure {
  const code = (error as { code?: string }).code;
  const words: Record<string, string> = {
    ECONNREFUSED: "refused the connection",
    ECONNRESET: "closed the connection",
    ETIMEDOUT: "did not answer in time",
    EHOSTUNREACH: "cannot be reached",
    ENETUNREACH: "cannot be reached",
    CERT_HAS_EXPIRED: "has an expired certificate",
    DEPTH_ZERO_SELF_SIGNED_CERT: "has a self-signed certificate",
    ERR_TLS_CERT_ALTNAME_INVALID: "has a certificate for another name",
    HPE_INVALID_CONSTANT: "sent an answer that is not HTTP",
  };
  return new FetchFailure("network", `The site ${words[code ?? ""] ?? `could not be reached (${code ?? error.message})`}.`);
}

export { OutboundRefusal };
