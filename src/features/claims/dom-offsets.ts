/**
 * Maps between DOM selections in the rendered article and text offsets (UTF-16 code units into
 * the revision's text). Every rendered paragraph and segment carries its text range in
 * data-s/data-e, and claim markers are CSS pseudo-elements, so no rendered character is missing
 * from, or added to, the text.
 */

export interface Span {
  start: number;
  end: number;
}

function rangeOf(el: Element): Span {
  return { start: Number((el as HTMLElement).dataset.s), end: Number((el as HTMLElement).dataset.e) };
}

/** The text offset of a DOM boundary point inside `root`, or null when it is outside the text. */
export function pointToOffset(root: Element, node: Node, offset: number): number | null {
  if (!root.contains(node)) return null;
  if (node.nodeType === Node.TEXT_NODE) {
    const seg = node.parentElement?.closest("[data-s]");
    if (!seg || !root.contains(seg)) return null;
    return rangeOf(seg).start + offset;
  }
  const el = node as Element;
  const segments = (scope: Element) => (scope.matches("[data-seg]") ? [scope] : [...scope.querySelectorAll("[data-seg]")]);
  if (offset < el.childNodes.length) {
    const child = el.childNodes[offset]!;
    const first = child.nodeType === Node.ELEMENT_NODE ? segments(child as Element)[0] : child.parentElement?.closest("[data-seg]");
    if (first) return rangeOf(first).start;
  }
  const all = segments(el);
  const last = all[all.length - 1];
  if (last) return rangeOf(last).end;
  const own = el.closest("[data-s]");
  return own ? rangeOf(own).end : null;
}

/** The current selection inside `root` as a span of the text, trimmed of surrounding whitespace. */
export function selectionSpan(root: Element, text: string): Span | null {
  const sel = window.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  let start = pointToOffset(root, range.startContainer, range.startOffset);
  let end = pointToOffset(root, range.endContainer, range.endOffset);
  if (start === null || end === null) return null;
  if (start > end) [start, end] = [end, start];
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end <= start) return null;
  // A drag that starts or ends inside a word takes the whole word, as editors mean it to.
  const inWord = (i: number) => i >= 0 && i < text.length && /[\p{L}\p{N}\p{M}'’-]/u.test(text[i]!);
  while (start > 0 && inWord(start - 1) && inWord(start)) start--;
  while (end < text.length && inWord(end) && inWord(end - 1)) end++;
  return { start, end };
}

/** DOM boundary point for a text offset (used to show a span as the browser's selection). */
function offsetToPoint(root: Element, offset: number, preferEnd: boolean): { node: Node; offset: number } | null {
  for (const seg of root.querySelectorAll("[data-seg]")) {
    const { start, end } = rangeOf(seg);
    const inside = preferEnd ? offset > start && offset <= end : offset >= start && offset < end;
    if (inside) {
      const textNode = seg.firstChild;
      if (textNode) return { node: textNode, offset: offset - start };
    }
  }
  return null;
}

/** Shows a span as the browser's selection. */
export function selectSpan(root: Element, span: Span): void {
  const a = offsetToPoint(root, span.start, false);
  const b = offsetToPoint(root, span.end, true);
  const sel = window.getSelection();
  if (!a || !b || !sel) return;
  const range = document.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  sel.removeAllRanges();
  sel.addRange(range);
}

/**
 * Arrow keys inside the text move the caret by word (Shift extends the selection, Alt goes by
 * character); with no selection in the text yet, it starts at `startAt`. Returns whether it moved.
 */
export function moveSelectionByKey(
  e: { key: string; shiftKey: boolean; altKey: boolean; preventDefault: () => void },
  root: HTMLElement,
  startAt: number,
): boolean {
  if (e.key !== "ArrowLeft" && e.key !== "ArrowRight") return false;
  const sel = window.getSelection();
  if (!sel) return false;
  if (sel.rangeCount === 0 || !root.contains(sel.anchorNode)) {
    selectSpan(root, { start: startAt, end: startAt + 1 });
    sel.collapseToStart();
  }
  e.preventDefault();
  sel.modify(e.shiftKey ? "extend" : "move", e.key === "ArrowRight" ? "forward" : "backward", e.altKey ? "character" : "word");
  return true;
}
