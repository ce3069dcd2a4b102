import type { Page } from "@playwright/test";

/**
 * Selects words of the article text with the mouse, as a person would: press at the first
 * character of `from`, drag to the last character of `to` (default: the end of `from`).
 */
export async function dragSelect(page: Page, from: string, to?: string) {
  await page.locator(".reader-text").waitFor();
  const points = await page.evaluate(
    ([fromText, toText]) => {
      const root = document.querySelector(".reader-text")!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
      const full = nodes.map((n) => n.data).join("");
      const locate = (offset: number) => {
        let acc = 0;
        for (const node of nodes) {
          if (offset < acc + node.data.length) return { node, offset: offset - acc };
          acc += node.data.length;
        }
        throw new Error("offset outside text");
      };
      const charBox = (offset: number) => {
        const { node, offset: o } = locate(offset);
        const r = document.createRange();
        r.setStart(node, o);
        r.setEnd(node, o + 1);
        const rects = r.getClientRects();
        return rects[0]!;
      };
      const start = full.indexOf(fromText);
      if (start < 0) throw new Error(`"${fromText}" not in the text`);
      const endText = toText ?? fromText;
      const endStart = toText ? full.indexOf(endText, start) : start;
      const end = endStart + endText.length - 1;
      // Bring the words into view first, as a person would scroll to them.
      locate(start).node.parentElement!.scrollIntoView({ block: "center" });
      const a = charBox(start);
      const b = charBox(end);
      return { x1: a.left + 1, y1: a.top + a.height / 2, x2: b.right - 1, y2: b.top + b.height / 2 };
    },
    [from, to] as const,
  );
  await page.mouse.move(points.x1, points.y1);
  await page.mouse.down();
  await page.mouse.move((points.x1 + points.x2) / 2, (points.y1 + points.y2) / 2, { steps: 4 });
  await page.mouse.move(points.x2, points.y2, { steps: 4 });
  await page.mouse.up();
}

/**
 * Selects words of the article text as a touch screen leaves them after a long press and a drag
 * of the handles: a browser selection over `from` … `to`, with no mouse or key events.
 */
export async function selectWords(page: Page, from: string, to?: string) {
  await page.locator(".reader-text").waitFor();
  await page.evaluate(
    ([fromText, toText]) => {
      const root = document.querySelector(".reader-text")!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
      const full = nodes.map((n) => n.data).join("");
      const locate = (offset: number, atEnd: boolean) => {
        let acc = 0;
        for (const node of nodes) {
          if (offset < acc + node.data.length || (atEnd && offset === acc + node.data.length)) return { node, offset: offset - acc };
          acc += node.data.length;
        }
        throw new Error("offset outside text");
      };
      const start = full.indexOf(fromText);
      if (start < 0) throw new Error(`"${fromText}" not in the text`);
      const endText = toText ?? fromText;
      const end = (toText ? full.indexOf(endText, start) : start) + endText.length;
      const a = locate(start, false);
      const b = locate(end, true);
      a.node.parentElement!.scrollIntoView({ block: "center" });
      const range = document.createRange();
      range.setStart(a.node, a.offset);
      range.setEnd(b.node, b.offset);
      const sel = window.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
    },
    [from, to] as const,
  );
}

/** The client rectangles of the current selection (to check nothing is drawn over it). */
export async function selectionRects(page: Page) {
  return page.evaluate(() => {
    const sel = window.getSelection();
    if (!sel || sel.rangeCount === 0) return [];
    return [...sel.getRangeAt(0).getClientRects()].map((r) => ({ x: r.left, y: r.top, width: r.width, height: r.height }));
  });
}
