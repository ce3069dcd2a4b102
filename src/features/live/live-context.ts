"use client";
/**
 * What the story's live connection shares with the views under it (issue 16): who else is here,
 * whether the stream is up, and each change as it arrives. A view that applies a change itself
 * (the reader applies claims of its article) answers `true`, and the page is not refreshed for it.
 */
import { createContext, useContext, useEffect, useRef, useState } from "react";
import type { StoryEventDto } from "@/domain/events/schemas";

export interface LiveViewer {
  userId: string;
  name: string;
  role: "admin" | "editor" | "analyst" | "viewer";
  articleId: string | null;
}

export type LiveListener = (event: StoryEventDto) => boolean | void;

export interface LiveStory {
  storyId: string;
  me: string;
  viewers: LiveViewer[];
  articleTitles: Record<string, string>;
  status: "connecting" | "live" | "reconnecting" | "stopped";
  subscribe: (listener: LiveListener) => () => void;
}

export const LiveStoryContext = createContext<LiveStory | null>(null);

export const useLiveStory = () => useContext(LiveStoryContext);

/** Calls `listener` for every change someone else makes to this story, from mount to unmount. */
export function useStoryChanges(listener: LiveListener): void {
  const live = useLiveStory();
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });
  useEffect(() => live?.subscribe((e) => latest.current(e)), [live]);
}

/**
 * The latest change someone else made to one record after the version on screen (a form open on
 * it): the form says so at once, before its person saves into a conflict.
 */
export function useChangedElsewhere(entity: string, id: string, version: number): StoryEventDto | null {
  const [change, setChange] = useState<StoryEventDto | null>(null);
  useStoryChanges((e) => {
    if (e.entity === entity && e.entityId === id && (e.version === null || e.version > version || e.action === "deleted")) setChange(e);
  });
  return change && (change.version === null || change.version > version || change.action === "deleted") ? change : null;
}
