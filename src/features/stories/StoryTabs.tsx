import Link from "next/link";

const tabs = [
  { key: "dashboard", label: "Dashboard", href: (id: string) => `/stories/${id}` },
  { key: "compare", label: "Side by side", href: (id: string) => `/stories/${id}/compare` },
  { key: "articles", label: "Articles", href: (id: string) => `/stories/${id}/articles` },
  { key: "claims", label: "Claims", href: (id: string) => `/stories/${id}/claims` },
  { key: "activity", label: "Activity", href: (id: string) => `/stories/${id}/activity` },
] as const;

export type StoryTab = (typeof tabs)[number]["key"];

/** The story's views, one tab each. */
export function StoryTabs({ storyId, current }: { storyId: string; current: StoryTab }) {
  return (
    <nav className="tabs" aria-label="Story views">
      {tabs.map((t) => (
        <Link key={t.key} href={t.href(storyId)} className="tab" aria-current={t.key === current ? "page" : undefined}>
          {t.label}
        </Link>
      ))}
    </nav>
  );
}
