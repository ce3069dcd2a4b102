"use client";

import Link from "next/link";
import { useEffect, useRef } from "react";

const tabs = [
  { key: "dashboard", label: "Dashboard", href: (id: string) => `/stories/${id}` },
  { key: "compare", label: "Side by side", href: (id: string) => `/stories/${id}/compare` },
  { key: "articles", label: "Articles", href: (id: string) => `/stories/${id}/articles` },
  { key: "claims", label: "Claims", href: (id: string) => `/stories/${id}/claims` },
  { key: "timeline", label: "Timeline", href: (id: string) => `/stories/${id}/timeline` },
  { key: "activity", label: "Activity", href: (id: string) => `/stories/${id}/activity` },
  { key: "agreement", label: "Agreement", href: (id: string) => `/stories/${id}/agreement`, editors: true },
] as const;

export type StoryTab = (typeof tabs)[number]["key"];

/**
 * The story's views, one tab each. On a narrow screen the row scrolls sideways (app/globals.css,
 * .tabs), and the current tab is scrolled into sight when the view opens.
 */
export function StoryTabs({ storyId, current, editor = false }: { storyId: string; current: StoryTab; editor?: boolean }) {
  const nav = useRef<HTMLElement>(null);
  useEffect(() => {
    const row = nav.current;
    const tab = row?.querySelector<HTMLElement>('[aria-current="page"]');
    if (!row || !tab) return;
    // Scrolls the row only (scrollIntoView could also move the page), by the least that shows the
    // whole tab with a little of its neighbour, as scrollIntoView({ inline: "nearest" }) would.
    const [r, t] = [row.getBoundingClientRect(), tab.getBoundingClientRect()];
    const margin = 24;
    if (t.right > r.right) row.scrollLeft += t.right - r.right + margin;
    else if (t.left < r.left) row.scrollLeft -= r.left - t.left + margin;
  }, [current]);
  return (
    <nav className="tabs" aria-label="Story views" ref={nav}>
      {tabs
        .filter((t) => editor || !("editors" in t))
        .map((t) => (
          <Link key={t.key} href={t.href(storyId)} className="tab" aria-current={t.key === current ? "page" : undefined}>
            {t.label}
          </Link>
        ))}
    </nav>
  );
}
