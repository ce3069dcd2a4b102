/**
 * Heavy parsing (HTML pages, Markdown files, story exports) runs in a pool of worker threads (piscina), each with
 * its own heap limit and a time limit per task, so a hostile input can exhaust only a worker: the
 * worker is ended and replaced, the request gets a clear 422, the server keeps serving
 * (docs/decisions/0015-parsing-in-workers.md; limits measured in docs/limits.md).
 */
import path from "node:path";
import { Piscina } from "piscina";
import type { ExtractedArticle } from "@/domain/articles/import-html";
import { DomainError } from "@/domain/errors";
import type { StoryExport } from "@/domain/exchange/format";
import type { ParseTask } from "./tasks";

/** Heap of one worker. The documented maximum page (2,000,000 characters) peaks well below it. */
export const PARSE_WORKER_HEAP_MB = 512;
/** Time of one task. The documented maximum page takes a few seconds on this machine. */
export const PARSE_TIMEOUT_MS = 30_000;
/** Tasks waiting for a worker; beyond that the request is refused (each holds its input). */
const MAX_QUEUE = 16;

let pool: Piscina | null = null;

function getPool(): Piscina {
  pool ??= new Piscina({
    // A plain .mjs file outside the Next.js bundle, found from the app's folder at run time.
    filename: path.join(process.cwd(), "src", "domain", "parsing", "parse-worker.mjs"),
    minThreads: 0,
    maxThreads: Math.max(1, Number(process.env.PARSE_WORKERS) || 2),
    idleTimeout: 60_000,
    // Not the parent's loader flags (tsx in `npm start`): the worker registers tsx itself.
    execArgv: [],
    maxQueue: MAX_QUEUE,
    resourceLimits: { maxOldGenerationSizeMb: PARSE_WORKER_HEAP_MB, maxYoungGenerationSizeMb: 64, stackSizeMb: 8 },
  });
  return pool;
}

export const tooComplex = (what: string, path: string) =>
  new DomainError(
    "unprocessable",
    `${what} is too complex to read: it needs more than ${PARSE_WORKER_HEAP_MB} MB or ${PARSE_TIMEOUT_MS / 1000} s. Nothing was saved.`,
    [{ path, message: "is too complex to parse" }],
  );

async function run<T>(task: ParseTask, what: string, path: string, timeoutMs = PARSE_TIMEOUT_MS): Promise<T> {
  try {
    return (await getPool().run(task, { signal: AbortSignal.timeout(timeoutMs) })) as T;
  } catch (error) {
    const code = (error as { code?: string } | null)?.code;
    const name = (error as { name?: string } | null)?.name;
    if (code === "ERR_WORKER_OUT_OF_MEMORY" || name === "AbortError" || name === "TimeoutError") {
      console.warn(`[parse] ${task.kind} task ended: ${code ?? name}`);
      throw tooComplex(what, path);
    }
    // A domain error thrown in the worker arrives as a plain Error with its fields copied: rebuild it,
    // so an empty or invalid page answers its own 4xx and not an internal error.
    const fields = error as { name?: string; code?: string; message?: string; details?: unknown };
    if (fields?.name === "DomainError" && typeof fields.code === "string" && typeof fields.message === "string") {
      throw new DomainError(
        fields.code as ConstructorParameters<typeof DomainError>[0],
        fields.message,
        Array.isArray(fields.details) ? fields.details : undefined,
      );
    }
    if (error instanceof Error && /queue is at limit/i.test(error.message)) {
      throw new DomainError("rate_limited", "Too many pages are being read right now. Try again in a moment.");
    }
    throw error;
  }
}

export function extractArticleInWorker(html: string, options: { url?: string } = {}, timeoutMs?: number): Promise<ExtractedArticle> {
  return run({ kind: "html", html, ...(options.url && { url: options.url }) }, "The page", "html", timeoutMs);
}

export function extractMarkdownInWorker(markdown: string): Promise<ExtractedArticle> {
  return run({ kind: "markdown", markdown }, "The file", "file");
}

/** Reads and checks a story export (JSON text) in a worker: a hostile file cannot exhaust the server's heap. */
export function parseStoryExportInWorker(json: string): Promise<StoryExport> {
  return run({ kind: "story-export", json }, "The story export", "(body)");
}

/** Ends the pool's threads (tests, shutdown). */
export async function closeParsePool(): Promise<void> {
  const current = pool;
  pool = null;
  await current?.destroy();
}
