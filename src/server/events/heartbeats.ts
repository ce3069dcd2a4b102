/** One heartbeat timer for all of this process's open streams, running only while some are open. */
import "server-only";
import { env } from "@/config/env";

interface Heartbeats {
  beats: Set<() => void>;
  timer: NodeJS.Timeout | null;
}
const globalForBeats = globalThis as unknown as { claimboardHeartbeats?: Heartbeats };

/** One timer for all of this process's streams, running only while some are open. */
export function beatWith(beat: () => void): () => void {
  const h = (globalForBeats.claimboardHeartbeats ??= { beats: new Set(), timer: null });
  h.beats.add(beat);
  if (!h.timer) {
    h.timer = setInterval(() => h.beats.forEach((b) => b()), env().EVENTS_HEARTBEAT_SECONDS * 1000);
    h.timer.unref();
  }
  return () => {
    h.beats.delete(beat);
    if (h.beats.size === 0 && h.timer) {
      clearInterval(h.timer);
      h.timer = null;
    }
  };
}
