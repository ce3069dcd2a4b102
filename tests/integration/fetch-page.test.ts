/**
 * The fetch helper against the tests' own server on 127.0.0.1 (allowed by FETCH_ALLOW_HOSTS): the
 * limits, the charset, and the refusal of every other loopback port and name, also after a redirect.
 * Refused addresses are refused before any connection, so nothing else is ever contacted.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FetchFailure, fetchPage } from "@/server/net/fetch-page";
import { OutboundRefusal } from "@/server/net/outbound-policy";
import { allowOnly, type PageServer, startPageServer } from "../support/page-server";

let server: PageServer;
let restore: () => void;
beforeAll(async () => {
  server = await startPageServer();
  restore = allowOnly(server);
});
afterAll(async () => {
  restore();
  await server.close();
});

const failure = async (url: string, options: Parameters<typeof fetchPage>[1] = {}) => {
  const error = await fetchPage(url, options).catch((e: unknown) => e);
  expect(error instanceof FetchFailure || error instanceof OutboundRefusal, String(error)).toBe(true);
  return error as FetchFailure | OutboundRefusal;
};

describe("fetchPage", () => {
  it("fetches an HTML page from the allowed server", async () => {
    server.routes.set("/ok", { type: "text/html; charset=utf-8", body: "<html><title>Héllo</title></html>" });
    const page = await fetchPage(`${server.origin}/ok`);
    expect(page).toMatchObject({ status: 200, contentType: "text/html", charset: "utf-8", url: `${server.origin}/ok` });
    expect(page.text).toContain("Héllo");
  });

  it("decodes the charset from the header, or else from <meta>", async () => {
    const cyrillic = Buffer.from([0xcf, 0xf3, 0xf2, 0xe8, 0xed]); // "Путин" in windows-1251
    server.routes.set("/1251-header", { type: "text/html; charset=windows-1251", body: Buffer.concat([Buffer.from("<p>"), cyrillic]) });
    server.routes.set("/1251-meta", { type: "text/html", body: Buffer.concat([Buffer.from('<meta charset="windows-1251"><p>'), cyrillic]) });
    server.routes.set("/latin1-equiv", {
      type: "text/html",
      body: Buffer.concat([Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2"><p>'), Buffer.from([0xe6])]),
    });
    expect((await fetchPage(`${server.origin}/1251-header`)).text).toContain("Путин");
    expect((await fetchPage(`${server.origin}/1251-meta`)).text).toContain("Путин");
    expect((await fetchPage(`${server.origin}/latin1-equiv`)).text).toContain("ć");
  });

  it("follows up to five redirects on the allowed server", async () => {
    for (let i = 0; i < 5; i++) server.routes.set(`/r${i}`, { status: 302, headers: { location: i === 4 ? "/ok" : `/r${i + 1}` } });
    expect((await fetchPage(`${server.origin}/r0`)).url).toBe(`${server.origin}/ok`);
    server.routes.set("/loop", { status: 301, headers: { location: "/loop" } });
    const error = await failure(`${server.origin}/loop`);
    expect(error).toMatchObject({ reason: "too_many_redirects" });
    expect(server.hits.get("/loop")).toBe(6);
  });

  it("refuses other loopback ports and names, directly and after a redirect, without connecting", async () => {
    for (const url of [
      `http://127.0.0.1:${server.port + 1}/`,
      `http://localhost:${server.port}/ok`,
      `http://[::1]:${server.port}/ok`,
      `http://127.0.0.2:${server.port}/`,
    ]) {
      expect((await failure(url)).message, url).toMatch(/does not connect to/);
    }
    for (const location of [`http://localhost:${server.port}/ok`, "http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/", "http://[fd00:ec2::254]/"]) {
      server.routes.set("/hop", { status: 302, headers: { location } });
      expect((await failure(`${server.origin}/hop`)).reason, location).toBe("refused_address");
    }
  });

  it("refuses other content types", async () => {
    server.routes.set("/pdf", { type: "application/pdf", body: "%PDF" });
    server.routes.set("/untyped", { body: "?" });
    expect((await failure(`${server.origin}/pdf`)).message).toMatch(/serves application\/pdf, not one of text\/html/);
    expect((await failure(`${server.origin}/untyped`)).reason).toBe("unsupported_type");
    server.routes.set("/text", { type: "text/plain", body: "Plain words." });
    expect((await fetchPage(`${server.origin}/text`)).text).toBe("Plain words.");
  });

  it("refuses pages over the size cap, declared or not", async () => {
    server.routes.set("/big", { type: "text/html", body: "x".repeat(2048) });
    expect((await failure(`${server.origin}/big`, { maxBytes: 1024 })).reason).toBe("too_large");
    server.routes.set("/big-chunked", { type: "text/html", headers: { "transfer-encoding": "chunked" }, body: "y".repeat(4096) });
    expect((await failure(`${server.origin}/big-chunked`, { maxBytes: 1024 })).reason).toBe("too_large");
  });

  it("gives up after the time limit", async () => {
    server.routes.set("/slow", { type: "text/html", body: "late", delayMs: 1500 });
    const error = await failure(`${server.origin}/slow`, { timeoutMs: 300 });
    expect(error).toMatchObject({ reason: "timeout" });
    expect(error.message).toMatch(/did not answer within/);
  });

  it("names the status of a failed answer", async () => {
    const error = await failure(`${server.origin}/missing`);
    expect(error).toMatchObject({ reason: "http_status", status: 404 });
    expect(error.message).toMatch(/answered 404/);
  });
});

describe("fetchPage charset precedence", () => {
  it("a byte-order mark wins over the header, and an unknown charset name falls through to <meta>", async () => {
    server.routes.set("/bom", { type: "text/html; charset=windows-1252", body: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("<p>Vučić</p>")]) });
    expect((await fetchPage(`${server.origin}/bom`)).text).toContain("Vučić");
    server.routes.set("/unknown", {
      type: "text/html; charset=x-no-such-charset",
      body: Buffer.concat([Buffer.from('<meta charset="windows-1251"><p>'), Buffer.from([0xcf, 0xf3, 0xf2, 0xe8, 0xed])]),
    });
    const page = await fetchPage(`${server.origin}/unknown`);
    expect(page.charset).toBe("windows-1251");
    expect(page.text).toContain("Путин");
  });
});
