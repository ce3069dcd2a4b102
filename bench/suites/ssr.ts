/**
 * The dashboard's server render: a signed-in viewer loads /stories/:id, one request at a time (full
 * HTML read), against the baseline answering the same story's comparison one request at a time.
 */
import { sequential } from "../lib/load";
import { ratio, summarize } from "../lib/stats";

export async function runSsrSuite(opts: { ours: string; baseline: string; cookie: string; storyId: string; n: number }) {
  const page = `${opts.ours}/stories/${opts.storyId}`;
  const headers = { cookie: opts.cookie };
  const first = await fetch(page, { headers, redirect: "manual" });
  const html = await first.text();
  if (first.status !== 200 || !html.includes("Where the articles agree and diverge")) throw new Error(`The dashboard did not render for the benchmark viewer (${first.status})`);
  await sequential(page, 3, headers);
  const ours = summarize(await sequential(page, opts.n, headers));
  const baseUrl = `${opts.baseline}/stories/${opts.storyId}/comparison`;
  await sequential(baseUrl, 3);
  const baseline = summarize(await sequential(baseUrl, opts.n));
  return { htmlKB: Math.round(Buffer.byteLength(html) / 1024), ours, baseline, ratio: ratio(ours.p50ms, baseline.p50ms) };
}
