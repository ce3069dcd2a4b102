/**
 * Extra application instances for tests that need more than the one Playwright starts: a
 * throwaway PostgreSQL cluster (scripts/pg/throwaway.sh) and `scripts/start.ts` processes on it.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";

export interface Postgres {
  url: string;
  stop: () => void;
}

export function startPostgres(port: number): Postgres {
  const root = process.getuid?.() === 0;
  // As root the cluster runs as the postgres user, which must be able to reach its directory.
  const dir = root ? `/tmp/claimboard-pg-${port}/data` : path.resolve(`tmp/pg-${port}`);
  if (root) mkdirSync(path.dirname(dir), { recursive: true, mode: 0o755 });
  const url = execFileSync("scripts/pg/throwaway.sh", ["start", dir, String(port)], { encoding: "utf8" }).trim();
  return { url, stop: () => execFileSync("scripts/pg/throwaway.sh", ["stop", dir], { stdio: "ignore" }) };
}

export interface Instance {
  baseUrl: string;
  process: ChildProcess;
  stop: () => Promise<void>;
}

/** Starts `scripts/start.ts` (migrate, seed if empty, next start) and waits until it serves. */
export async function startInstance(port: number, env: Record<string, string>): Promise<Instance> {
  const child = spawn(path.join("node_modules", ".bin", "tsx"), ["scripts/start.ts"], {
    env: { ...process.env, ...env, PORT: String(port), NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  child.stdout?.on("data", (d) => (output += d));
  child.stderr?.on("data", (d) => (output += d));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`instance on ${port} exited:\n${output}`);
    try {
      if ((await fetch(`${baseUrl}/sign-in`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`instance on ${port} did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 300));
  }
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((r) => child.once("exit", r));
    process.kill(-child.pid!, "SIGTERM");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    if (child.exitCode === null) process.kill(-child.pid!, "SIGKILL");
  };
  return { baseUrl, process: child, stop };
}
