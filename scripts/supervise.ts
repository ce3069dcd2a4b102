/**
 * Keeps a child server running (`npm start`): if it exits on its own it is started again, and the
 * exit is logged with its code or signal and the last lines it wrote to stderr (the cause, e.g.
 * "FATAL ERROR: Reached heap limit"). SIGINT/SIGTERM are passed on and end the supervisor without
 * a restart. A child that keeps dying right away is restarted with a growing delay.
 */
import { type ChildProcess, spawn } from "node:child_process";

export interface SuperviseOptions {
  env?: NodeJS.ProcessEnv;
  /** Delay before the first restart; doubled after each quick crash, up to maxDelayMs. */
  restartDelayMs?: number;
  maxDelayMs?: number;
  /** A child that ran at least this long counts as healthy: the delay starts over. */
  healthyAfterMs?: number;
  log?: (line: string) => void;
  /** Called with each new child (tests). */
  onStart?: (child: ChildProcess) => void;
}

export interface Supervisor {
  /** Resolves with the exit code once the supervisor stops (after a forwarded signal). */
  done: Promise<number>;
  stop(signal?: NodeJS.Signals): void;
  restarts(): number;
}

export function supervise(command: string, args: string[], options: SuperviseOptions = {}): Supervisor {
  const log = options.log ?? ((line: string) => console.error(line));
  const baseDelay = options.restartDelayMs ?? 1000;
  const maxDelay = options.maxDelayMs ?? 30_000;
  const healthyAfter = options.healthyAfterMs ?? 60_000;
  let child: ChildProcess | null = null;
  let stopping: NodeJS.Signals | null = null;
  let restarts = 0;
  let delay = baseDelay;
  let timer: NodeJS.Timeout | null = null;
  let finish!: (code: number) => void;
  const done = new Promise<number>((resolve) => (finish = resolve));

  const start = () => {
    timer = null;
    const startedAt = Date.now();
    const current = spawn(command, args, { stdio: ["inherit", "inherit", "pipe"], env: options.env ?? process.env });
    child = current;
    // stderr is passed through and its tail kept, so a crash can be logged with its cause.
    let tail = "";
    current.stderr?.on("data", (chunk: Buffer) => {
      process.stderr.write(chunk);
      tail = (tail + chunk.toString("utf8")).slice(-4000);
    });
    options.onStart?.(current);
    current.on("exit", (code, signal) => {
      child = null;
      if (stopping) {
        finish(code ?? 0);
        return;
      }
      const ran = Date.now() - startedAt;
      const cause =
        tail
          .split("\n")
          .map((l) => l.trim())
          .filter(Boolean)
          .slice(-5)
          .join(" | ") || "no output on stderr";
      if (ran >= healthyAfter) delay = baseDelay;
      log(
        `[supervisor] server exited unexpectedly (code ${code ?? "none"}, signal ${signal ?? "none"}) after ${Math.round(ran / 1000)} s; cause: ${cause}. Restarting in ${delay} ms.`,
      );
      restarts += 1;
      timer = setTimeout(start, delay);
      delay = Math.min(delay * 2, maxDelay);
    });
    current.on("error", (error) => log(`[supervisor] could not start ${command}: ${error.message}`));
  };

  const stop = (signal: NodeJS.Signals = "SIGTERM") => {
    stopping = signal;
    if (timer) {
      clearTimeout(timer);
      timer = null;
      finish(0);
    }
    child?.kill(signal);
  };

  start();
  return { done, stop, restarts: () => restarts };
}
