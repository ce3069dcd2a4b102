/**
 * Marks what someone else just added or changed, for a few seconds, once the page shows it: the
 * claim's highlight and list item, a queue card, a table row (`data-entity-id`). The marks are
 * attributes the views do not render themselves, so a re-render leaves them alone.
 */
const MARK_MS = 6_000;

function targets(id: string): Element[] {
  const safe = CSS.escape(id);
  return [...document.querySelectorAll(`#claim-${safe}, [data-claims~="${safe}"], [data-entity-id="${safe}"]`)];
}

export function markFresh(ids: Map<string, "new" | "changed">): void {
  // Twice: now for views that applied the change themselves, and after a refresh has landed.
  for (const delay of [50, 900]) {
    setTimeout(() => {
      for (const [id, how] of ids) {
        for (const el of targets(id)) {
          if (el.getAttribute("data-live") === how) continue;
          el.setAttribute("data-live", how);
          setTimeout(() => el.removeAttribute("data-live"), MARK_MS);
        }
      }
    }, delay);
  }
}
