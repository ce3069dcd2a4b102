/**
 * Node options of the production server (`npm start`, and the benchmark's server).
 *
 * --max-old-space-size=256: measured under the benchmark's load (20 x 150 story, 32 connections on
 * the API, 8 on the dashboard; docs/benchmarks.md, "Memory"), the heap's live set after a full
 * collection is 85-90 MB and stays there run after run (no leak), but with V8's default limit
 * (about 4 GB on this 24 GB machine) the old generation let garbage pile up to 250-310 MB between
 * major collections, and the process peaked at 370-450 MB resident. With a 256 MB old generation
 * V8 collects sooner: peak resident 260-270 MB, throughput unchanged within the noise. The room
 * above the live set covers the comparison cache at its bound (src/domain/comparison/cache.ts,
 * 400,000 cells, at most about 60 MB) and the requests in flight.
 *
 * Raised to 512 MB (issue 14): a cap is not what keeps memory in bounds, bounded work is. Every
 * input that can cost more than its size (HTML and Markdown pages, story exports) is parsed in the
 * parsing workers with their own heaps (src/domain/parsing), bodies are at most 2 MiB, a CSV at most
 * 5,000 rows, an error at most 100 details, and the comparison cache is bounded. So no request holds
 * more than a few MB on the server's heap, and the limit is only V8's pacing hint and a last guard:
 * 512 MB leaves room for many such requests at once above the 85-90 MB live set (docs/decisions/0015).
 * A NODE_OPTIONS that already sets --max-old-space-size wins.
 */
export const SERVER_HEAP_MB = 512;

export function serverNodeOptions(current = process.env.NODE_OPTIONS ?? ""): string {
  if (/--max-old-space-size/.test(current)) return current;
  return `${current} --max-old-space-size=${SERVER_HEAP_MB}`.trim();
}
