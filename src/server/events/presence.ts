/**
 * Who has a story open now (issue 16): every open event stream is a viewer (name, role, and the
 * article they are on). Each process keeps its own viewers; on PostgreSQL it announces them to the
 * other instances over NOTIFY whenever they change and every few seconds, and forgets another
 * instance's viewers when it has not heard from it for a while (a crashed instance's people leave).
 */
import "server-only";
import { dbProvider } from "@/data/db";
import type { Role } from "@/domain/vocabulary-words";
import { instanceId, notifyPresence, onListenerConnected, onPresenceMessage } from "./postgres-listener";

export interface Viewer {
  userId: string;
  name: string;
  role: Role;
  articleId: string | null;
}

type Watcher = (viewers: Viewer[]) => void;

const ANNOUNCE_MS = 5_000;
const FORGET_MS = 12_000;

interface Remote {
  viewers: Viewer[];
  heardAt: number;
}

interface PresenceState {
  local: Map<string, Map<number, Viewer>>;
  remote: Map<string, Map<string, Remote>>;
  watchers: Map<string, Set<Watcher>>;
  nextId: number;
  timer: NodeJS.Timeout | null;
  listening: boolean;
}

const globalForPresence = globalThis as unknown as { claimboardPresence?: PresenceState };

function state(): PresenceState {
  globalForPresence.claimboardPresence ??= { local: new Map(), remote: new Map(), watchers: new Map(), nextId: 1, timer: null, listening: false };
  return globalForPresence.claimboardPresence;
}

const shared = () => dbProvider() === "postgresql";

/** Everyone on the story, once each per article, people on this instance and on the others. */
export function viewersOf(storyId: string): Viewer[] {
  const s = state();
  const all = [...(s.local.get(storyId)?.values() ?? [])];
  const now = Date.now();
  for (const remote of s.remote.get(storyId)?.values() ?? []) if (now - remote.heardAt <= FORGET_MS) all.push(...remote.viewers);
  const seen = new Map<string, Viewer>();
  for (const v of all) seen.set(`${v.userId}:${v.articleId ?? ""}`, v);
  return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name) || (a.articleId ?? "").localeCompare(b.articleId ?? ""));
}

/** The list each story's watchers were last told, so that a change that changes nothing is not sent. */
const lastTold = new Map<string, string>();

/** Answers whether it told anyone (false: nothing changed for them). */
function tellWatchers(storyId: string): boolean {
  const watchers = state().watchers.get(storyId);
  if (!watchers || watchers.size === 0) {
    lastTold.delete(storyId);
    return false;
  }
  const viewers = viewersOf(storyId);
  const told = JSON.stringify(viewers);
  // Another tab of someone already listed changes nothing: every watcher would get the same list again.
  if (lastTold.get(storyId) === told) return false;
  lastTold.set(storyId, told);
  for (const watch of watchers) watch(viewers);
  return true;
}

function localViewers(storyId: string): Viewer[] {
  return [...(state().local.get(storyId)?.values() ?? [])];
}

function announce(storyId: string): void {
  if (!shared()) return;
  const payload = JSON.stringify({ instance: instanceId(), storyId, viewers: localViewers(storyId) });
  notifyPresence(payload).catch(() => undefined);
}

function heard(payload: string): void {
  let message: { instance?: string; storyId?: string; viewers?: Viewer[]; hello?: boolean };
  try {
    message = JSON.parse(payload) as typeof message;
  } catch {
    return;
  }
  const s = state();
  if (!message.instance || message.instance === instanceId()) return;
  if (message.hello) {
    for (const storyId of s.local.keys()) announce(storyId);
    return;
  }
  if (!message.storyId || !Array.isArray(message.viewers)) return;
  const byInstance = s.remote.get(message.storyId) ?? new Map<string, Remote>();
  s.remote.set(message.storyId, byInstance);
  if (message.viewers.length === 0) byInstance.delete(message.instance);
  else byInstance.set(message.instance, { viewers: message.viewers, heardAt: Date.now() });
  tellWatchers(message.storyId);
}

function tick(): void {
  const s = state();
  const now = Date.now();
  for (const storyId of s.local.keys()) announce(storyId);
  for (const [storyId, byInstance] of s.remote) {
    let changed = false;
    for (const [instance, remote] of byInstance) {
      if (now - remote.heardAt > FORGET_MS) {
        byInstance.delete(instance);
        changed = true;
      }
    }
    if (byInstance.size === 0) s.remote.delete(storyId);
    if (changed) tellWatchers(storyId);
  }
}

function start(): void {
  const s = state();
  if (shared() && !s.listening) {
    s.listening = true;
    onPresenceMessage(heard);
    onListenerConnected(() => notifyPresence(JSON.stringify({ instance: instanceId(), hello: true })).catch(() => undefined));
  }
  if (!s.timer && shared()) {
    s.timer = setInterval(tick, ANNOUNCE_MS);
    s.timer.unref();
  }
}

/**
 * Adds a viewer to a story and watches who else is there; answers the leave. The watcher is told
 * the current list at once and on every change.
 */
export function join(storyId: string, viewer: Viewer, watch: Watcher): () => void {
  const s = state();
  start();
  const id = s.nextId++;
  const local = s.local.get(storyId) ?? new Map<number, Viewer>();
  s.local.set(storyId, local);
  local.set(id, viewer);
  const watchers = s.watchers.get(storyId) ?? new Set<Watcher>();
  s.watchers.set(storyId, watchers);
  watchers.add(watch);
  // The newcomer is told who is here even when nobody else needs telling.
  if (!tellWatchers(storyId)) watch(viewersOf(storyId));
  announce(storyId);
  return () => {
    local.delete(id);
    watchers.delete(watch);
    if (local.size === 0) s.local.delete(storyId);
    if (watchers.size === 0) s.watchers.delete(storyId);
    tellWatchers(storyId);
    announce(storyId);
    if (s.local.size === 0 && s.timer) {
      clearInterval(s.timer);
      s.timer = null;
    }
  };
}
