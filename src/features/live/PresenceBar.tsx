"use client";
/** Who else has the story open now, and where: in the header of every story page (issue 16). */
import { roleLabel } from "@/domain/vocabulary-words";
import { useLiveStory } from "./live-context";

const statusText = { connecting: "Connecting…", live: "Live", reconnecting: "Reconnecting…", stopped: "Live updates stopped: reload the page" } as const;

export function PresenceBar() {
  const live = useLiveStory();
  if (!live) return null;
  const others = new Map<string, { name: string; role: keyof typeof roleLabel; articles: Set<string | null> }>();
  for (const v of live.viewers) {
    if (v.userId === live.me) continue;
    const entry = others.get(v.userId) ?? { name: v.name, role: v.role, articles: new Set() };
    entry.articles.add(v.articleId);
    others.set(v.userId, entry);
  }
  const where = (articles: Set<string | null>) => {
    const titles = [...articles].filter((a): a is string => a !== null).map((a) => live.articleTitles[a] ?? "an article");
    return titles.length ? `reading ${titles.map((t) => `“${t}”`).join(", ")}` : "on the story";
  };
  return (
    <div className="presence" aria-label="Who else is here">
      <span className={`presence-status presence-${live.status}`} aria-live="polite">
        {statusText[live.status]}
      </span>
      {others.size === 0 ? (
        <span className="muted">Nobody else is here.</span>
      ) : (
        <ul className="presence-list">
          {[...others].map(([id, p]) => (
            <li key={id} className="presence-person" data-user={id}>
              <span className="presence-dot" aria-hidden="true" />
              <strong>{p.name}</strong> <span className="role-chip">{roleLabel[p.role]}</span> <span className="muted">{where(p.articles)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
