/**
 * Extra application instances for tests that need more than the one Playwright starts: production
 * servers (`scripts/start.ts`) in process groups of their own, on a shared database.
 */
import type { ChildProcess } from "node:child_process";
import { exited, killGroup, startServer, waitUntilUp } from "../../../scripts/lib/server-process";

export interface Instance {
  baseUrl: string;
  process: ChildProcess;
  stop: () => Promise<void>;
}

/** Starts `scripts/start.ts` (migrate, seed if empty, next start) and waits until it serves. */
export async function startInstance(port: number, env: Record<string, string>): Promise<Instance> {
  const log: string[] = [];
  const child = startServer({ ...env, PORT: String(port) }, log);
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitUntilUp(baseUrl, child, log, 120_000);
  const stop = async () => {
    killGroup(child, "SIGTERM");
    await Promise.race([exited(child), new Promise((r) => setTimeout(r, 5000))]);
    killGroup(child, "SIGKILL");
  };
  return { baseUrl, process: child, stop };
}
