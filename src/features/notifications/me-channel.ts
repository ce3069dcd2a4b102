"use client";
/**
 * The signed-in person's one live channel (GET /api/v1/me/events), shared by everything in the page
 * that follows it (the header's counts, the notifications and review pages): one connection per
 * tab, opened when the first listener comes and closed with the last.
 */
type Listener = (data: unknown) => void;

let source: EventSource | null = null;
const listeners = new Map<string, Set<Listener>>();
const openListeners = new Set<() => void>();

function ensure() {
  if (source) return;
  source = new EventSource("/api/v1/me/events");
  source.onopen = () => openListeners.forEach((l) => l());
  for (const type of ["notifications", "queue"]) {
    source.addEventListener(type, (m) => {
      const data = JSON.parse((m as MessageEvent<string>).data) as unknown;
      listeners.get(type)?.forEach((l) => l(data));
    });
  }
}

function closeIfUnused() {
  const used = [...listeners.values()].some((s) => s.size > 0) || openListeners.size > 0;
  if (!used && source) {
    source.close();
    source = null;
  }
}

export function onMyChannel(type: "notifications" | "queue", listener: Listener): () => void {
  ensure();
  const set = listeners.get(type) ?? new Set();
  listeners.set(type, set);
  set.add(listener);
  return () => {
    set.delete(listener);
    closeIfUnused();
  };
}

export function onMyChannelOpen(listener: () => void): () => void {
  ensure();
  openListeners.add(listener);
  if (source?.readyState === EventSource.OPEN) listener();
  return () => {
    openListeners.delete(listener);
    closeIfUnused();
  };
}
