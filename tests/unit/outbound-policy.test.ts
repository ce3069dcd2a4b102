/**
 * The outbound-address policy on its own: every check here resolves through a fake resolver or an
 * IP literal and connects to nothing (no traffic to private, link-local or public addresses).
 */
import { describe, expect, it } from "vitest";
import { checkAddress, hostPortOf, OutboundRefusal, parseAllowHosts, type Resolver, resolveOutboundTarget } from "@/server/net/outbound-policy";

const refused = [
  ["127.0.0.1", "loopback"],
  ["127.255.0.9", "loopback"],
  ["10.0.0.1", "private"],
  ["172.16.5.4", "private"],
  ["192.168.1.1", "private"],
  ["169.254.1.1", "linkLocal"],
  ["169.254.169.254", "metadata"],
  ["100.64.0.1", "carrierGradeNat"],
  ["0.0.0.0", "unspecified"],
  ["224.0.0.1", "multicast"],
  ["255.255.255.255", "broadcast"],
  ["192.0.2.1", "reserved"],
  ["::1", "loopback"],
  ["::", "unspecified"],
  ["fe80::1", "linkLocal"],
  ["fc00::1", "uniqueLocal"],
  ["fd00:ec2::254", "metadata"],
  ["ff02::1", "multicast"],
  ["::ffff:127.0.0.1", "loopback"],
  ["::ffff:7f00:1", "loopback"],
  ["::ffff:10.0.0.1", "private"],
  ["::ffff:169.254.169.254", "metadata"],
  ["::127.0.0.1", "loopback"],
  ["::7f00:1", "loopback"],
  ["64:ff9b::7f00:1", "rfc6052"],
  ["2002:7f00:1::", "6to4"],
  ["2001::1", "teredo"],
] as const;

describe("checkAddress", () => {
  for (const [ip, range] of refused) {
    it(`refuses ${ip} (${range})`, () => {
      const verdict = checkAddress(ip);
      expect(verdict.allowed).toBe(false);
      expect(verdict.range).toBe(range);
    });
  }
  it.each(["93.184.215.14", "8.8.8.8", "2606:4700::1111", "::ffff:93.184.215.14"])("allows the public address %s", (ip) => {
    expect(checkAddress(ip).allowed).toBe(true);
  });
  it("refuses what is not an address", () => {
    expect(checkAddress("not-an-ip").allowed).toBe(false);
  });
});

describe("FETCH_ALLOW_HOSTS", () => {
  it("parses host:port entries and refuses anything else", () => {
    expect(parseAllowHosts(" 127.0.0.1:4000, Intranet.Example:443 ,[::1]:8080,")).toEqual(new Set(["127.0.0.1:4000", "intranet.example:443", "[::1]:8080"]));
    expect(parseAllowHosts(undefined).size).toBe(0);
    expect(() => parseAllowHosts("127.0.0.1")).toThrow(/host:port/);
    expect(() => parseAllowHosts("http://x:1")).toThrow(/host:port/);
  });
  it("names default ports", () => {
    expect(hostPortOf(new URL("https://Example.org/a"))).toBe("example.org:443");
    expect(hostPortOf(new URL("http://[::1]/"))).toBe("[::1]:80");
  });
});

describe("resolveOutboundTarget", () => {
  const fake =
    (answers: Record<string, string[]>): Resolver =>
    async (host) =>
      (answers[host] ?? []).map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
  const refusal = async (url: string, options: Parameters<typeof resolveOutboundTarget>[1] = {}) => {
    const error = await resolveOutboundTarget(url, { allowHosts: new Set(), ...options }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutboundRefusal);
    return error as OutboundRefusal;
  };

  it("refuses names that resolve to loopback, private or metadata addresses", async () => {
    const resolve = fake({ localhost: ["127.0.0.1", "::1"], "intranet.example": ["10.1.2.3"], "meta.example": ["169.254.169.254"] });
    for (const url of ["http://localhost:8080/", "http://intranet.example/", "http://meta.example/latest/meta-data"]) {
      const error = await refusal(url, { resolve });
      expect(error.reason).toBe("refused_address");
      expect(error.message).toMatch(/does not connect to/);
    }
  });

  it("refuses a name with one public and one private answer", async () => {
    const resolve = fake({ "mixed.example": ["93.184.215.14", "192.168.0.10"] });
    expect((await refusal("http://mixed.example/", { resolve })).message).toMatch(/192\.168\.0\.10, a private network address/);
  });

  it("refuses IP literals in every spelling", async () => {
    for (const url of [
      "http://127.0.0.1:9/",
      "http://[::1]/",
      "http://[::ffff:127.0.0.1]/",
      "http://0x7f.1/",
      "http://2130706433/",
      "http://[fd00:ec2::254]/",
    ]) {
      expect((await refusal(url)).reason, url).toBe("refused_address");
    }
  });

  it("allows exactly the listed host:port, not other ports or names for the same address", async () => {
    const allowHosts = new Set(["127.0.0.1:4000"]);
    const resolve = fake({ localhost: ["127.0.0.1"] });
    const ok = await resolveOutboundTarget("http://127.0.0.1:4000/page", { allowHosts, resolve });
    expect(ok.address).toEqual({ address: "127.0.0.1", family: 4 });
    expect(ok.allowListed).toBe(true);
    expect((await refusal("http://127.0.0.1:4001/page", { allowHosts, resolve })).reason).toBe("refused_address");
    expect((await refusal("http://localhost:4000/page", { allowHosts, resolve })).reason).toBe("refused_address");
  });

  it("resolves a public name to the address it will connect to", async () => {
    const target = await resolveOutboundTarget("https://news.example/a", { allowHosts: new Set(), resolve: fake({ "news.example": ["93.184.215.14"] }) });
    expect(target.address.address).toBe("93.184.215.14");
  });

  it("refuses other schemes, credentials, bad URLs and unknown hosts", async () => {
    expect((await refusal("file:///etc/passwd")).reason).toBe("invalid_url");
    expect((await refusal("ftp://news.example/")).reason).toBe("invalid_url");
    expect((await refusal("http://user:pw@news.example/")).reason).toBe("invalid_url");
    expect((await refusal("not a url")).reason).toBe("invalid_url");
    expect((await refusal("http://nowhere.example/", { resolve: fake({}) })).reason).toBe("unresolvable");
  });
});
