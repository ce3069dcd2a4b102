/**
 * A Server-Sent Events answer, the plumbing every stream shares: the retry hint, the heartbeat, a
 * cut-off for a client too far behind (it resumes from the log), and one close that runs every
 * clean-up the stream registered, whether the client left, the server cut it, or starting failed.
 */
import "server-only";
import { beatWith } from "./heartbeats";

const encoder = new TextEncoder();
/** A client this far behind (bytes queued) is cut off; its reconnect replays from the log. */
const MAX_QUEUED_BYTES = 4 * 1024 * 1024;

export interface SseChannel {
  send: (text: string) => void;
  /** Runs `cleanUp` when the stream closes (at once if it already has). */
  onClose: (cleanUp: () => void) => void;
  readonly closed: boolean;
}

export function sseResponse(request: Request, start: (channel: SseChannel) => Promise<void> | void): Response {
  const closers: Array<() => void> = [];
  let closed = false;
  let end: () => void = () => undefined;
  const close = () => {
    if (closed) return;
    closed = true;
    for (const c of closers.splice(0)) c();
    end();
  };
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      end = () => {
        try {
          controller.close();
        } catch {
          // already closed by the client
        }
      };
      const channel: SseChannel = {
        send: (text) => {
          if (closed) return;
          try {
            controller.enqueue(encoder.encode(text));
            if ((controller.desiredSize ?? 0) < -MAX_QUEUED_BYTES) close();
          } catch {
            close();
          }
        },
        onClose: (cleanUp) => (closed ? cleanUp() : void closers.push(cleanUp)),
        get closed() {
          return closed;
        },
      };
      request.signal.addEventListener("abort", close, { once: true });
      channel.send("retry: 2000\n: connected\n\n");
      channel.onClose(beatWith(() => channel.send(": heartbeat\n\n")));
      try {
        await start(channel);
      } catch (error) {
        console.error(JSON.stringify({ level: "error", msg: "event stream failed to start", error: String(error) }));
        close();
      }
    },
    cancel: close,
  });
  return new Response(stream, {
    headers: { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache, no-transform", "x-accel-buffering": "no" },
  });
}
