/**
 * Starting and stopping the servers under test, waiting for them to answer, and sampling their
 * memory (resident set size of the process and its children, from /proc).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";

export interface Server {
  name: string;
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

export async function startServer(
  name: string,
  command: string,
  args: string[],
  env: Record<string, string>,
  url: string,
  healthPath: string,
): Promise<Server> {
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"], detached: true });
  let log = "";
  child.stdout?.on("data", (d: Buffer) => (log += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (log += d.toString()));
  const stop = async () => {
    if (child.exitCode !== null || child.pid === undefined) return;
    const exited = new Promise((r) => child.once("exit", r));
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      return;
    }
    await Promise.race([exited, sleep(5000)]);
    if (child.exitCode === null) {
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        /* already gone */
      }
    }
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}:\n${log.slice(-3000)}`);
    try {
      const res = await fetch(url + healthPath, { redirect: "manual" });
      if (res.status < 500) return { name, url, child, stop };
    } catch {
      /* not listening yet */
    }
    await sleep(200);
  }
  await stop();
  throw new Error(`${name} did not answer on ${url} within 60 s:\n${log.slice(-3000)}`);
}

function childrenOf(pid: number): number[] {
  const out: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (ppid === pid) out.push(Number(entry));
    } catch {
      /* gone */
    }
  }
  return out;
}

/** Resident memory of a process and all its descendants, in MiB. */
export function treeRssMB(pid: number): number {
  let kb = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    try {
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${p}/status`, "utf8"));
      kb += Number(m?.[1] ?? 0);
    } catch {
      continue;
    }
    stack.push(...childrenOf(p));
  }
  return kb / 1024;
}

/** Samples the peak RSS of a process tree every 100 ms until stopped. */
export function rssSampler(pid: number) {
  let peak = treeRssMB(pid);
  const timer = setInterval(() => (peak = Math.max(peak, treeRssMB(pid))), 100);
  return {
    stop(): number {
      clearInterval(timer);
      peak = Math.max(peak, treeRssMB(pid));
      return Math.round(peak);
    },
  };
}
