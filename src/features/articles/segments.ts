/**
 * Splits an article's text into paragraphs of segments, each covered by a fixed set of claims, so
 * that overlapping and nested claims render as nested highlights without ever changing the text.
 */

export interface SpanClaim {
  id: string;
  start: number;
  end: number;
}

export interface Segment {
  start: number;
  end: number;
  text: string;
  /** Claims covering this segment, outermost (longest) first. */
  claimIds: string[];
  /** Claims whose span ends exactly here (a marker follows the segment). */
  endingIds: string[];
  /** The kind of cue word this segment is (suggestions mode), if any. */
  cue?: string;
  /** Inside the suggestion being looked at (suggestions mode). */
  focused?: boolean;
}

/** Cue words of the suggestion being looked at, by their text offsets. */
export interface CueSpan {
  kind: string;
  start: number;
  end: number;
}

export interface Overlay {
  cues?: readonly CueSpan[];
  focus?: { start: number; end: number } | null;
}

export interface Paragraph {
  start: number;
  end: number;
  segments: Segment[];
}

/** Paragraphs are separated by one or more line breaks; their offsets are kept. */
export function paragraphsOf(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

export function segmentText(text: string, claims: SpanClaim[], overlay: Overlay = {}): Paragraph[] {
  const cues = (overlay.cues ?? []).filter((c) => c.start < c.end && c.start >= 0 && c.end <= text.length);
  const focus = overlay.focus && overlay.focus.start < overlay.focus.end ? overlay.focus : null;
  const bounds = [...cues, ...(focus ? [focus] : [])];
  const spans = claims
    .filter((c) => c.start < c.end && c.start >= 0 && c.end <= text.length)
    .sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.id.localeCompare(b.id));
  return paragraphsOf(text).map((p) => {
    const cuts = new Set([p.start, p.end]);
    for (const c of spans) {
      if (c.start > p.start && c.start < p.end) cuts.add(c.start);
      if (c.end > p.start && c.end < p.end) cuts.add(c.end);
    }
    for (const c of bounds) {
      if (c.start > p.start && c.start < p.end) cuts.add(c.start);
      if (c.end > p.start && c.end < p.end) cuts.add(c.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    const segments: Segment[] = [];
    for (let i = 0; i < points.length - 1; i++) {
      const start = points[i]!;
      const end = points[i + 1]!;
      const covering = spans.filter((c) => c.start <= start && c.end >= end);
      const cue = cues.find((c) => c.start <= start && c.end >= end)?.kind;
      const focused = !!focus && focus.start <= start && focus.end >= end;
      segments.push({
        ...(cue ? { cue } : {}),
        ...(focused ? { focused } : {}),
        start,
        end,
        text: text.slice(start, end),
        claimIds: covering.map((c) => c.id),
        endingIds: covering.filter((c) => c.end === end).map((c) => c.id),
      });
    }
    return { ...p, segments };
  });
}
