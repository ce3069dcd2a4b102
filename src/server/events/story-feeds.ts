/**
 * One feed per story with open streams in this process: on a wake-up it reads the new events from
 * the log once and hands them to every subscriber, in id order. A subscriber that reconnects with
 * `Last-Event-ID` replays what it missed from the log first; live events that arrive meanwhile wait
 * in its queue, so it sees every event once and in order.
 */
import "server-only";
import { dbProvider } from "@/data/db";
import { findEventsAfter, latestEventId, type EventRow } from "@/data/events";
import { onWake } from "@/domain/events/bus";
import { ensureListening, onListenerConnected } from "./postgres-listener";

const PAGE = 500;
/** A reconnect that missed more than this is told to reload rather than replayed. */
export const MAX_REPLAY = 5_000;

export interface Subscriber {
  deliver: (row: EventRow) => void;
  /** The log moved on by more than a replay carries (or backwards: a restored backup). */
  resync: () => void;
}

interface Feed {
  storyId: string;
  lastId: number;
  subscribers: Set<Member>;
  pulling: boolean;
  again: boolean;
}

interface Member {
  subscriber: Subscriber;
  lastSent: number;
  queue: EventRow[] | null;
}

interface FeedsState {
  feeds: Map<string, Promise<Feed>>;
  unsubscribe: (() => void) | null;
}

const globalForFeeds = globalThis as unknown as { claimboardStoryFeeds?: FeedsState };

function feeds(): FeedsState {
  globalForFeeds.claimboardStoryFeeds ??= { feeds: new Map(), unsubscribe: null };
  return globalForFeeds.claimboardStoryFeeds;
}

function hand(member: Member, row: EventRow): void {
  if (member.queue) member.queue.push(row);
  else if (row.id > member.lastSent) {
    member.lastSent = row.id;
    member.subscriber.deliver(row);
  }
}

async function pull(feed: Feed): Promise<void> {
  if (feed.pulling) {
    feed.again = true;
    return;
  }
  feed.pulling = true;
  try {
    do {
      feed.again = false;
      let rows: EventRow[];
      do {
        rows = await findEventsAfter(feed.storyId, feed.lastId, PAGE);
        for (const row of rows) {
          feed.lastId = row.id;
          for (const member of feed.subscribers) hand(member, row);
        }
      } while (rows.length === PAGE);
    } while (feed.again);
  } catch (error) {
    console.error(JSON.stringify({ level: "error", msg: "event feed read failed", storyId: feed.storyId, error: String(error) }));
  } finally {
    feed.pulling = false;
  }
}

function startWaking(state: FeedsState): void {
  if (state.unsubscribe) return;
  const wake = (storyId: string, eventId: number) => {
    const feed = state.feeds.get(storyId);
    if (feed) void feed.then((f) => (eventId > f.lastId ? pull(f) : undefined));
  };
  const stopWake = onWake(wake);
  // After a reconnect of the LISTEN connection, notifications sent meanwhile are gone: re-read.
  const stopReconnect = onListenerConnected(() => {
    for (const feed of state.feeds.values()) void feed.then(pull);
  });
  state.unsubscribe = () => {
    stopWake();
    stopReconnect();
  };
}

async function openFeed(storyId: string): Promise<Feed> {
  return { storyId, lastId: await latestEventId(storyId), subscribers: new Set(), pulling: false, again: false };
}

async function replay(feed: Feed, member: Member, from: number): Promise<void> {
  let after = from;
  let replayed = 0;
  for (;;) {
    const rows = await findEventsAfter(feed.storyId, after, PAGE);
    for (const row of rows) {
      member.lastSent = after = row.id;
      member.subscriber.deliver(row);
    }
    replayed += rows.length;
    if (rows.length < PAGE) return;
    if (replayed >= MAX_REPLAY) throw new Error("too many to replay");
  }
}

/**
 * Subscribes to a story's events after `lastEventId` (null: only what happens from now on).
 * Answers the unsubscribe; the feed closes with its last subscriber.
 */
export async function subscribe(storyId: string, lastEventId: number | null, subscriber: Subscriber): Promise<() => void> {
  const state = feeds();
  startWaking(state);
  if (dbProvider() === "postgresql") await ensureListening();
  let pending = state.feeds.get(storyId);
  if (!pending) {
    pending = openFeed(storyId);
    state.feeds.set(storyId, pending);
    pending.catch(() => state.feeds.delete(storyId));
  }
  const feed = await pending;
  const from = lastEventId ?? feed.lastId;
  const member: Member = { subscriber, lastSent: from, queue: from < feed.lastId ? [] : null };
  feed.subscribers.add(member);
  if (from > feed.lastId) {
    member.lastSent = feed.lastId;
    subscriber.resync();
  }
  if (member.queue) {
    try {
      if (feed.lastId - from > MAX_REPLAY) throw new Error("too many to replay");
      await replay(feed, member, from);
    } catch {
      member.lastSent = Math.max(member.lastSent, feed.lastId);
      subscriber.resync();
    }
    const queued = member.queue;
    member.queue = null;
    for (const row of queued) hand(member, row);
  }
  return () => {
    feed.subscribers.delete(member);
    if (feed.subscribers.size === 0 && state.feeds.get(storyId) === pending) state.feeds.delete(storyId);
  };
}

/** How many feeds and subscribers this process holds (tests and the bench check for leaks). */
export async function feedStats(): Promise<{ feeds: number; subscribers: number }> {
  const all = await Promise.all(feeds().feeds.values());
  return { feeds: all.length, subscribers: all.reduce((n, f) => n + f.subscribers.size, 0) };
}
