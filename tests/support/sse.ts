/** Reads a Server-Sent Events response in tests: messages as they arrive, with a wait for the next matching one. */
export interface SseMessage {
  id?: string;
  event: string;
  data: string;
}

export interface SseReader {
  messages: SseMessage[];
  comments: string[];
  /** The next message (after those already taken) that matches, within `ms`. */
  next(match?: (m: SseMessage) => boolean, ms?: number): Promise<SseMessage>;
  /** Every change event received so far, parsed. */
  events(): Array<Record<string, unknown>>;
  close(): void;
}

export function readSse(response: Response, abort?: AbortController): SseReader {
  const messages: SseMessage[] = [];
  const comments: string[] = [];
  const waiters = new Set<() => void>();
  let taken = 0;
  let buffer = "";
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  void (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        let at: number;
        while ((at = buffer.indexOf("\n\n")) >= 0) {
          const block = buffer.slice(0, at);
          buffer = buffer.slice(at + 2);
          const m: SseMessage = { event: "message", data: "" };
          let hasData = false;
          for (const line of block.split("\n")) {
            if (line.startsWith(":")) comments.push(line.slice(1).trim());
            else if (line.startsWith("id: ")) m.id = line.slice(4);
            else if (line.startsWith("event: ")) m.event = line.slice(7);
            else if (line.startsWith("data: ")) {
              m.data += (hasData ? "\n" : "") + line.slice(6);
              hasData = true;
            }
          }
          if (hasData) messages.push(m);
          waiters.forEach((w) => w());
        }
      }
    } catch {
      // closed
    }
  })();
  return {
    messages,
    comments,
    next(match = () => true, ms = 5_000) {
      return new Promise((resolve, reject) => {
        const look = () => {
          for (let i = taken; i < messages.length; i++) {
            if (match(messages[i]!)) {
              taken = i + 1;
              waiters.delete(look);
              clearTimeout(timer);
              resolve(messages[i]!);
              return;
            }
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(look);
          reject(new Error(`no matching event within ${ms} ms; got ${JSON.stringify(messages.slice(taken))}`));
        }, ms);
        waiters.add(look);
        look();
      });
    },
    events: () => messages.filter((m) => m.event === "message").map((m) => JSON.parse(m.data) as Record<string, unknown>),
    close() {
      abort?.abort();
      reader.cancel().catch(() => undefined);
    },
  };
}
