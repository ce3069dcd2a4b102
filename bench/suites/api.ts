/**
 * API under concurrent load: the comparison, the claims list and claim creation, on our server and
 * on the bare baseline, same story, same connections, same duration, one after the other.
 */
import { load, type LoadResult } from "../lib/load";
import { ratio } from "../lib/stats";
import { sentence } from "../lib/story-text";

/** The statement of every claim the creation load writes (bench/remove-load-claims.ts removes them). */
export const LOAD_CLAIM_STATEMENT = "A claim written under load.";

export interface ApiTarget {
  ours: string;
  baseline: string;
  token: string;
  storyId: string;
  articleId: string;
  articleIndex: number;
}

export interface ApiSuiteResult {
  comparison: { ours: LoadResult; baseline: LoadResult; ratio: number };
  claimsList: { ours: LoadResult; baseline: LoadResult; ratio: number };
  claimCreation: { ours: LoadResult; baseline: LoadResult; ratio: number };
}

/** Failed answers are part of the result (timeouts under overload are a finding), and are logged. */
function checkClean(name: string, r: LoadResult) {
  if (r.non2xx > 0 || r.errors > 0)
    console.error(`[bench] ${name}: ${r.non2xx} non-2xx answers and ${r.errors} errors (timeouts over 30 s included) out of ${r.requests} requests`);
  return r;
}

export async function runApiSuite(t: ApiTarget, connections: number, seconds: number): Promise<ApiSuiteResult> {
  const auth = { authorization: `Bearer ${t.token}` };
  const pair = async (name: string, oursUrl: string, baseUrl: string, extra: { method?: string; body?: string; headers?: Record<string, string> } = {}) => {
    const ours = checkClean(`ours ${name}`, await load({ url: oursUrl, connections, seconds, ...extra, headers: { ...auth, ...extra.headers } }));
    const baseline = checkClean(`baseline ${name}`, await load({ url: baseUrl, connections, seconds, ...extra }));
    return { ours, baseline, ratio: ratio(ours.rps, baseline.rps) };
  };
  const comparison = await pair("comparison", `${t.ours}/api/v1/stories/${t.storyId}/comparison`, `${t.baseline}/stories/${t.storyId}/comparison`);
  const claimsList = await pair("claims list", `${t.ours}/api/v1/stories/${t.storyId}/claims`, `${t.baseline}/stories/${t.storyId}/claims`);
  // Last, as it adds claims to the story (unlinked, so the comparison does not change); the run
  // removes them before measuring anything else (bench/remove-load-claims.ts).
  const body = JSON.stringify({ exact: sentence(t.articleIndex, 1), statement: LOAD_CLAIM_STATEMENT, sourcing: "attributed" });
  const claimCreation = await pair("claim creation", `${t.ours}/api/v1/articles/${t.articleId}/claims`, `${t.baseline}/articles/${t.articleId}/claims`, {
    method: "POST",
    body,
    headers: { "content-type": "application/json" },
  });
  return { comparison, claimsList, claimCreation };
}
