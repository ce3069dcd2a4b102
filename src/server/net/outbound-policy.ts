/**
 * Which addresses the server may open connections to on a user's behalf (import by URL, feeds,
 * webhooks). A URL someone types must not reach the machine's own services, the private network or
 * the cloud metadata endpoint (server-side request forgery), so a host is resolved once, every
 * address it resolves to is checked, and the connection then goes to that checked address (no second
 * lookup that a rebinding DNS server could answer differently). Redirects are checked the same way,
 * hop by hop (src/server/net/fetch-page.ts).
 *
 * Only public unicast addresses pass. `FETCH_ALLOW_HOSTS` ("host:port,host:port") lets named
 * endpoints through anyway (a newsroom's intranet, a test's own server); the entry must name the
 * URL's host and port exactly, so allowing "127.0.0.1:4000" allows neither "localhost:4000" nor
 * "127.0.0.1:4001" (docs/decisions/0022-outbound-requests.md).
 *
 * Plain Node (no Next.js), so that the domain layer and background jobs can use it.
 */
import { lookup } from "node:dns/promises";
import ipaddr from "ipaddr.js";

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Turns a host name into its addresses; injectable so that tests of the policy connect to nothing. */
export type Resolver = (host: string) => Promise<ResolvedAddress[]>;

export type OutboundRefusalReason = "invalid_url" | "refused_address" | "unresolvable";

/** Why a URL may not be fetched, in words for the person who gave it. */
export class OutboundRefusal extends Error {
  constructor(
    readonly reason: OutboundRefusalReason,
    message: string,
  ) {
    super(message);
    this.name = "OutboundRefusal";
  }
}

/** Cloud metadata services: link-local or unique-local already, but named so the refusal says so. */
const METADATA_ADDRESSES = new Set(["169.254.169.254", "fd00:ec2::254", "169.254.170.2", "100.100.100.200"]);

/** ipaddr.js range names, in words. Anything but "unicast" is refused. */
const RANGE_WORDS: Record<string, string> = {
  unspecified: "an unspecified address",
  broadcast: "a broadcast address",
  multicast: "a multicast address",
  linkLocal: "a link-local address",
  loopback: "a loopback address (this machine)",
  carrierGradeNat: "a shared (carrier-grade NAT) address",
  private: "a private network address",
  uniqueLocal: "a unique-local (private) IPv6 address",
  reserved: "a reserved address",
  benchmarking: "a benchmarking address",
  ipv4Mapped: "an IPv4-mapped IPv6 address",
  rfc6145: "an IPv4-translated IPv6 address",
  rfc6052: "a NAT64 address",
  "6to4": "a 6to4 tunnel address",
  teredo: "a Teredo tunnel address",
};

export interface AddressVerdict {
  allowed: boolean;
  /** The ipaddr.js range ("unicast", "loopback", "private", ..., or "metadata"). */
  range: string;
  /** "a loopback address (this machine)" */
  words: string;
}

/**
 * Whether an IP address is one the server may connect to by default: a public unicast address.
 * IPv6 forms that carry an IPv4 address (::ffff:a.b.c.d, the deprecated ::a.b.c.d) are judged by
 * the IPv4 address inside; tunnel and translation prefixes (6to4, Teredo, NAT64) are refused, as
 * they can lead anywhere.
 */
export function checkAddress(ip: string): AddressVerdict {
  if (!ipaddr.isValid(ip)) return { allowed: false, range: "invalid", words: "not an IP address" };
  let parsed = ipaddr.parse(ip);
  if (parsed.kind() === "ipv6") {
    const v6 = parsed as ipaddr.IPv6;
    const parts = v6.parts;
    const embedsV4 = v6.isIPv4MappedAddress() || (parts.slice(0, 6).every((p) => p === 0) && (parts[6] !== 0 || parts[7]! > 1));
    if (embedsV4) parsed = ipaddr.fromByteArray(v6.toByteArray().slice(12));
  }
  const normal = parsed.toNormalizedString();
  if (METADATA_ADDRESSES.has(normal) || METADATA_ADDRESSES.has(parsed.toString())) {
    return { allowed: false, range: "metadata", words: "a cloud metadata address" };
  }
  const range = parsed.range();
  if (range === "unicast") return { allowed: true, range, words: "a public address" };
  return { allowed: false, range, words: RANGE_WORDS[range] ?? `a special-purpose address (${range})` };
}

/** "host:port" entries of FETCH_ALLOW_HOSTS, lower-cased; IPv6 hosts in brackets ("[::1]:8080"). */
export function parseAllowHosts(value: string | undefined): Set<string> {
  const entries = new Set<string>();
  for (const raw of (value ?? "").split(",")) {
    const entry = raw.trim().toLowerCase();
    if (!entry) continue;
    if (!/^(\[[0-9a-f:.]+\]|[a-z0-9.-]+):\d{1,5}$/.test(entry)) {
      throw new Error(`FETCH_ALLOW_HOSTS: "${raw.trim()}" is not a host:port entry (e.g. "127.0.0.1:8080" or "[::1]:8080")`);
    }
    entries.add(entry);
  }
  return entries;
}

/** The URL's "host:port" as FETCH_ALLOW_HOSTS names it (default ports made explicit). */
export function hostPortOf(url: URL): string {
  const port = url.port || (url.protocol === "https:" ? "443" : "80");
  return `${url.hostname.toLowerCase()}:${port}`;
}

const systemResolver: Resolver = async (host) => {
  const answers = await lookup(host, { all: true, verbatim: true });
  return answers.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
};

export interface OutboundTarget {
  url: URL;
  /** The checked address to connect to. */
  address: ResolvedAddress;
  /** Whether FETCH_ALLOW_HOSTS let it through. */
  allowListed: boolean;
}

export interface PolicyOptions {
  /** Defaults to FETCH_ALLOW_HOSTS, read at each call (so a test can set it). */
  allowHosts?: Set<string>;
  resolve?: Resolver;
}

/**
 * Checks one URL (the first one, or a redirect's target) and resolves its host to the address to
 * connect to; throws an OutboundRefusal naming the problem otherwise.
 */
export async function resolveOutboundTarget(input: string | URL, options: PolicyOptions = {}): Promise<OutboundTarget> {
  let url: URL;
  try {
    url = typeof input === "string" ? new URL(input) : input;
  } catch {
    throw new OutboundRefusal("invalid_url", "The address is not a valid URL.");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new OutboundRefusal("invalid_url", `Only http and https addresses can be fetched, not ${url.protocol.replace(/:$/, "")}.`);
  }
  if (url.username || url.password) {
    throw new OutboundRefusal("invalid_url", "The address carries a user name or password; give it without them.");
  }
  const allowHosts = options.allowHosts ?? parseAllowHosts(process.env.FETCH_ALLOW_HOSTS);
  const allowListed = allowHosts.has(hostPortOf(url));
  // URL keeps IPv6 literals in brackets.
  const host = url.hostname.replace(/^\[(.*)\]$/, "$1");
  let addresses: ResolvedAddress[];
  if (ipaddr.isValid(host)) {
    addresses = [{ address: host, family: ipaddr.parse(host).kind() === "ipv6" ? 6 : 4 }];
  } else {
    try {
      addresses = await (options.resolve ?? systemResolver)(host);
    } catch {
      addresses = [];
    }
    if (!addresses.length) throw new OutboundRefusal("unresolvable", `The host ${host} could not be found (no DNS answer).`);
  }
  if (!allowListed) {
    // Every answer is checked, not only the first: a host that resolves to a public and a private
    // address could otherwise be steered to the private one.
    for (const { address } of addresses) {
      const verdict = checkAddress(address);
      if (!verdict.allowed) {
        const what = host === address ? `${host} is ${verdict.words}` : `${host} resolves to ${address}, ${verdict.words}`;
        throw new OutboundRefusal(
          "refused_address",
          `${what}, which Claimboard does not connect to. An administrator can allow it with FETCH_ALLOW_HOSTS=${hostPortOf(url)}.`,
        );
      }
    }
  }
  return { url, address: addresses[0]!, allowListed };
}
