/** Starts tests/support/app-instance.ts as another app instance on this test's database. */
import { spawn } from "node:child_process";
import path from "node:path";
import readline from "node:readline";

export interface AppInstance {
  call<T>(op: string, actor: unknown, args: unknown): Promise<T>;
  stop(): void;
}

export function startAppInstance(): AppInstance {
  const root = path.resolve(__dirname, "../..");
  const child = spawn(path.join(root, "node_modules", ".bin", "tsx"), [path.join(root, "tests", "support", "app-instance.ts")], {
    cwd: root,
    env: { ...process.env },
    stdio: ["pipe", "pipe", "inherit"],
  });
  const waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  readline.createInterface({ input: child.stdout! }).on("line", (line) => {
    const { id, result, error } = JSON.parse(line) as { id: number; result?: unknown; error?: string };
    const w = waiting.get(id);
    waiting.delete(id);
    if (error !== undefined) w?.reject(new Error(`other instance: ${error}`));
    else w?.resolve(result);
  });
  let next = 0;
  return {
    call<T>(op: string, actor: unknown, args: unknown) {
      const id = next++;
      return new Promise<T>((resolve, reject) => {
        waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
        child.stdin!.write(JSON.stringify({ id, op, actor, args }) + "\n");
      });
    },
    stop: () => child.kill(),
  };
}
