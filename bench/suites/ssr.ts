/**
 * The dashboard's server render: a signed-in viewer loads /stories/:id, one request at a time (full
 * HTML read), against the baseline answering the same story's comparison one request at a time.
 *
 * Both are asked for uncompressed answers (`accept-encoding: identity`): the baseline does not
 * compress, and the figure is of rendering, not of gzip (which Next.js otherwise does in process,
 * 3-4 ms for the 20 x 150 page; behind a reverse proxy that compresses, it is the proxy's work).
 * The page's time with gzip is recorded as well (`oursGzip`), for the record.
 */
import { sequential } from "../lib/load";
import { ratio, summarize } from "../lib/stats";

const WARMUP_REQUESTS = 30;

export async function runSsrSuite(opts: { ours: string; baseline: string; cookie: string; storyId: string; n: number }) {
  const page = `${opts.ours}/stories/${opts.storyId}`;
  const headers = { cookie: opts.cookie, "accept-encoding": "identity" };
  const first = await fetch(page, { headers, redirect: "manual" });
  const html = await first.text();
  if (first.status !== 200 || !html.includes("Where the articles agree and diverge"))
    throw new Error(`The dashboard did not render for the benchmark viewer (${first.status})`);
  // Both sides warmed alike before measuring (V8 optimises a code path after some runs; the
  // baseline's comparison code has just run thousands of times under the API load, our page not).
  await sequential(page, WARMUP_REQUESTS, headers);
  const ours = summarize(await sequential(page, opts.n, headers));
  const oursGzip = summarize(await sequential(page, opts.n, { ...headers, "accept-encoding": "gzip" }));
  const baseUrl = `${opts.baseline}/stories/${opts.storyId}/comparison`;
  const baseHeaders = { "accept-encoding": "identity" };
  await sequential(baseUrl, WARMUP_REQUESTS, baseHeaders);
  const baseline = summarize(await sequential(baseUrl, opts.n, baseHeaders));
  return { htmlKB: Math.round(Buffer.byteLength(html) / 1024), ours, oursGzip, baseline, ratio: ratio(ours.p50ms, baseline.p50ms) };
}
