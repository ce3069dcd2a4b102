"use client";
/**
 * The story's live connection (issue 16), one per story page: an EventSource on the story's event
 * stream, naming the article open (for presence). It resumes after the last event it saw, across a
 * dropped connection or a server restart (the browser sends `Last-Event-ID`) and across moves
 * between articles. Someone else's change refreshes the page's server data, politely, unless the
 * view on screen applied it itself.
 */
import { useParams, useRouter } from "next/navigation";
import { type ReactNode, useEffect, useMemo, useRef, useState } from "react";
import type { StoryEventDto } from "@/domain/events/schemas";
import { type LiveListener, type LiveStory, LiveStoryContext, type LiveViewer } from "./live-context";
import { markFresh } from "./mark-fresh";
import { politeRefresher } from "./refresh-politely";

interface Props {
  storyId: string;
  me: string;
  articleTitles: Record<string, string>;
  children: ReactNode;
}

export function LiveStoryProvider({ storyId, me, articleTitles, children }: Props) {
  const router = useRouter();
  const params = useParams<{ articleId?: string }>();
  const articleId = typeof params.articleId === "string" ? params.articleId : null;
  const [viewers, setViewers] = useState<LiveViewer[]>([]);
  const [status, setStatus] = useState<LiveStory["status"]>("connecting");
  const listeners = useRef(new Set<LiveListener>());
  const lastId = useRef<number | null>(null);

  useEffect(() => {
    const refresher = politeRefresher(() => router.refresh());
    const url = new URL(`/api/v1/stories/${encodeURIComponent(storyId)}/events`, window.location.origin);
    if (articleId) url.searchParams.set("article", articleId);
    if (lastId.current !== null) url.searchParams.set("lastEventId", String(lastId.current));
    const source = new EventSource(url);
    source.onopen = () => setStatus("live");
    source.onerror = () => setStatus(source.readyState === EventSource.CLOSED ? "stopped" : "reconnecting");
    source.onmessage = (message) => {
      const event = JSON.parse(message.data) as StoryEventDto;
      lastId.current = event.id;
      if (event.actorId === me) return;
      let handled = false;
      for (const listener of listeners.current) handled = listener(event) === true || handled;
      if (!handled) refresher.schedule();
      if (event.action !== "deleted") markFresh(new Map([[event.entityId, event.action === "created" ? "new" : "changed"]]));
    };
    source.addEventListener("presence", (message) => setViewers((JSON.parse(message.data) as { viewers: LiveViewer[] }).viewers));
    source.addEventListener("resync", () => refresher.schedule());
    return () => {
      source.close();
      refresher.stop();
    };
  }, [storyId, articleId, me, router]);

  const value = useMemo<LiveStory>(
    () => ({
      storyId,
      me,
      viewers,
      articleTitles,
      status,
      subscribe: (listener) => {
        listeners.current.add(listener);
        return () => listeners.current.delete(listener);
      },
    }),
    [storyId, me, viewers, articleTitles, status],
  );
  return <LiveStoryContext.Provider value={value}>{children}</LiveStoryContext.Provider>;
}
