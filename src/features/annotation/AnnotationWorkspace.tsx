"use client";

import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import type { ClaimDto } from "@/domain/claims/schemas";
import type { Role } from "@/domain/vocabulary-words";
import { ArticleText } from "@/features/reader/ArticleText";
import { SourcingBadge, StatusBadge } from "@/features/reader/SourcingBadge";
import { segmentText } from "@/features/reader/segments";
import { createClaimAction, decideSuggestionAction, deleteClaimAction, getClaimAction, restoreClaimAction, updateClaimAction } from "./actions";
import { ClaimDiscussion } from "./ClaimDiscussion";
import { ClaimForm, type ClaimFormValues } from "./ClaimForm";
import { WordsChangedBadge } from "@/features/reader/WordsChangedBadge";
import { selectionSpan, selectSpan, type Span } from "./dom-offsets";
import { ShortcutHelp } from "./ShortcutHelp";
import { SuggestionsPanel } from "./SuggestionsPanel";
import type { SuggestionDto } from "@/domain/assistance/service";

interface Props {
  articleId: string;
  articleTitle: string;
  text: string;
  revisionId: string;
  initialClaims: ClaimDto[];
  viewer: { userId: string; role: Role };
  /** The status a new claim's form starts with: approved when an editor chose "my own claims start approved". */
  newClaimStatus?: "draft" | "approved";
}

type Mode = { kind: "idle" } | { kind: "create"; span: Span; suggestion?: SuggestionDto } | { kind: "edit"; claimId: string } | { kind: "repair"; claimId: string };
interface Tip {
  claim: ClaimDto;
  top: number;
  left: number;
}
interface Toast {
  message: string;
  undo?: () => void;
}

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));

/**
 * The analyst's workspace on one article: the text with every claim highlighted, the claims list
 * beside it, and recording, editing, deleting (with undo) and repairing claims, by mouse or keys.
 */
export function AnnotationWorkspace({ articleId, articleTitle, text, revisionId, initialClaims, viewer, newClaimStatus = "draft" }: Props) {
  const [claims, setClaims] = useState(initialClaims);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [mode, setMode] = useState<Mode>({ kind: "idle" });
  const [pending, setPending] = useState<Span | null>(null);
  const [tip, setTip] = useState<Tip | null>(null);
  const [toast, setToast] = useState<Toast | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const [suggesting, setSuggesting] = useState(false);
  const [suggestionsKey, setSuggestionsKey] = useState(0);
  /** The suggestion being looked at in suggestions mode: its words and cue words are marked in the text. */
  const [shown, setShown] = useState<SuggestionDto | null>(null);
  const textRef = useRef<HTMLDivElement>(null);

  const canCreate = viewer.role !== "viewer";
  const canApprove = viewer.role === "editor" || viewer.role === "admin";
  const canChange = useCallback(
    (c: ClaimDto) => canApprove || (viewer.role === "analyst" && c.createdBy === viewer.userId),
    [canApprove, viewer],
  );

  const anchored = useMemo(() => claims.filter((c) => !c.orphaned && c.revisionId === revisionId), [claims, revisionId]);
  const orphaned = useMemo(() => claims.filter((c) => c.orphaned || c.revisionId !== revisionId), [claims, revisionId]);
  const byId = useMemo(() => new Map(claims.map((c) => [c.id, c])), [claims]);
  const paragraphs = useMemo(
    () =>
      segmentText(
        text,
        anchored.map((c) => ({ id: c.id, start: c.selector.start, end: c.selector.end })),
        suggesting && shown && shown.revisionId === revisionId ? { cues: shown.cues, focus: shown.selector } : {},
      ),
    [text, anchored, suggesting, shown, revisionId],
  );
  // After the text re-renders with the suggestion marked, select its words and bring them into view.
  useEffect(() => {
    if (!suggesting || !shown || !textRef.current) return;
    selectSpan(textRef.current, { start: shown.selector.start, end: shown.selector.end });
    textRef.current.querySelector(`[data-s="${shown.selector.start}"]`)?.scrollIntoView({ block: "center" });
  }, [suggesting, shown]);

  function focusClaim(id: string, scrollTo: "text" | "list" | null) {
    setActiveId(id);
    const mark = textRef.current?.querySelector<HTMLElement>(`mark[data-first="${id}"]`);
    const target = scrollTo === "text" ? mark : scrollTo === "list" ? document.getElementById(`claim-${id}`) : null;
    target?.scrollIntoView({ block: "center" });
    // The chosen claim shows its card beside its words, for keyboard users as for the mouse.
    if (mark) requestAnimationFrame(() => showTip(mark, id));
  }

  // "#claim-<id>" links (from the story page) choose that claim once the page has painted.
  useEffect(() => {
    const fromHash = () => {
      const id = window.location.hash.replace(/^#claim-/, "");
      if (id && byId.has(id)) focusClaim(id, "text");
    };
    const frame = requestAnimationFrame(fromHash);
    window.addEventListener("hashchange", fromHash);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener("hashchange", fromHash);
    };
    // Only on first paint and on hash changes, not on every claims change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (!toast) return;
    const t = setTimeout(() => setToast(null), 8000);
    return () => clearTimeout(t);
  }, [toast]);

  function showTip(el: HTMLElement, claimId: string) {
    const claim = byId.get(claimId);
    const box = textRef.current?.parentElement?.getBoundingClientRect();
    if (!claim || !box) return;
    const r = el.getBoundingClientRect();
    setTip({ claim, top: r.bottom - box.top + 6, left: Math.max(0, Math.min(r.left - box.left, box.width - 340)) });
  }


  /** The current text selection as a span, remembered so the form can open on it. */
  function captureSelection(): Span | null {
    if (!textRef.current) return null;
    const span = selectionSpan(textRef.current, text);
    setPending(span);
    return span;
  }

  function startCreate(span: Span | null = pending ?? captureSelection()) {
    if (!span) {
      setToast({ message: "Select the claim's words in the text first." });
      return;
    }
    if (mode.kind === "repair") {
      void repair(mode.claimId, span);
      return;
    }
    if (!canCreate) return;
    setMode({ kind: "create", span });
  }

  function upsert(claim: ClaimDto) {
    setClaims((list) => {
      const rest = list.filter((c) => c.id !== claim.id);
      return [...rest, claim].sort((a, b) => a.selector.start - b.selector.start || a.id.localeCompare(b.id));
    });
  }

  function closeForm() {
    setMode({ kind: "idle" });
    setPending(null);
    window.getSelection()?.removeAllRanges();
    textRef.current?.focus({ preventScroll: true });
  }

  /** A status left as the form started is not sent: the account's preference decides, and its approval is audited as such. */
  const chosenStatus = (status: ClaimFormValues["status"]) => (status === newClaimStatus ? undefined : status);

  async function submitCreate(span: Span, v: ClaimFormValues & { sourcing: NonNullable<ClaimFormValues["sourcing"]> }, suggestion?: SuggestionDto) {
    if (suggestion) {
      // An edited suggestion is accepted with the editor's wording, and remembered as accepted.
      const decided = await decideSuggestionAction(articleId, {
        outcome: "accepted",
        exact: suggestion.selector.exact,
        start: suggestion.selector.start,
        end: suggestion.selector.end,
        revisionId: suggestion.revisionId,
        statement: v.statement,
        sourcing: v.sourcing,
        source: v.source,
        cue: v.cue,
        status: chosenStatus(v.status),
      });
      if (!decided.ok) return decided;
      if (decided.data.outcome === "accepted") {
        upsert(decided.data.claim);
        closeForm();
        setToast({ message: "Claim saved." });
        setSuggestionsKey((k) => k + 1);
        return { ok: true as const, data: decided.data.claim };
      }
    }
    const result = await createClaimAction(articleId, {
      start: span.start,
      end: span.end,
      exact: text.slice(span.start, span.end),
      revisionId,
      statement: v.statement,
      sourcing: v.sourcing,
      source: v.source,
      cue: v.cue,
      status: chosenStatus(v.status),
    });
    if (result.ok) {
      upsert(result.data);
      closeForm();
      setActiveId(result.data.id);
      setToast({ message: "Claim saved." });
      if (suggesting) setSuggestionsKey((k) => k + 1);
    }
    return result;
  }

  async function submitEdit(claim: ClaimDto, v: ClaimFormValues & { sourcing: NonNullable<ClaimFormValues["sourcing"]> }) {
    const result = await updateClaimAction(claim.id, { version: claim.version, statement: v.statement, sourcing: v.sourcing, source: v.source, cue: v.cue, status: v.status });
    if (result.ok) {
      upsert(result.data);
      closeForm();
      setToast({ message: "Claim updated." });
    }
    return result;
  }

  async function remove(claim: ClaimDto) {
    if (!canChange(claim)) {
      setToast({ message: "Only its author or an editor can delete this claim." });
      return;
    }
    const result = await deleteClaimAction(claim.id, claim.version);
    if (!result.ok) {
      setToast({ message: result.error.message });
      return;
    }
    setClaims((list) => list.filter((c) => c.id !== claim.id));
    setActiveId(null);
    setTip(null);
    const undo = async () => {
      const restored = await restoreClaimAction(claim.id, claim.version + 1);
      if (restored.ok) {
        upsert(restored.data);
        setActiveId(restored.data.id);
        setToast({ message: "Claim restored." });
      } else setToast({ message: restored.error.message });
    };
    setToast({ message: `Deleted “${claim.statement}”.`, undo: () => void undo() });
  }

  async function repair(claimId: string, span: Span) {
    const claim = byId.get(claimId);
    if (!claim) return;
    const result = await updateClaimAction(claim.id, { version: claim.version, start: span.start, end: span.end, exact: text.slice(span.start, span.end) });
    if (result.ok) {
      upsert(result.data);
      closeForm();
      setActiveId(result.data.id);
      setToast({ message: "Claim anchored to the selected words." });
    } else setToast({ message: result.error.message });
  }

  function step(delta: 1 | -1) {
    if (anchored.length === 0) return;
    const i = anchored.findIndex((c) => c.id === activeId);
    const next = i === -1 ? (delta === 1 ? 0 : anchored.length - 1) : (i + delta + anchored.length) % anchored.length;
    focusClaim(anchored[next]!.id, "text");
  }

  const readerRef = useRef<HTMLDivElement>(null);
  // Page-wide shortcuts, except while typing in a field or with a dialog open.
  useEffect(() => {
    function onKey(e: globalThis.KeyboardEvent) {
      if (helpOpen || isTyping(e.target) || e.defaultPrevented) return;
      if (mode.kind === "create" || mode.kind === "edit") return;
      const active = activeId ? byId.get(activeId) : undefined;
      const key = e.key;
      if (key === "?") setHelpOpen(true);
      else if (key === "s" && !e.ctrlKey && !e.metaKey) setSuggesting(true);
      else if (key === "j") step(1);
      else if (key === "k") step(-1);
      else if ((key === "n" || key === "Enter") && !e.ctrlKey && !e.metaKey) {
        const span = captureSelection();
        if (!span && key === "Enter") return;
        startCreate(span);
      } else if (key === "e" && active) {
        if (canChange(active)) setMode({ kind: "edit", claimId: active.id });
        else setToast({ message: "Only its author or an editor can edit this claim." });
      }
      else if ((key === "Delete" || key === "x") && active) void remove(active);
      else if ((key === "u" || (key === "z" && (e.ctrlKey || e.metaKey))) && toast?.undo) toast.undo();
      else if (key === "Escape") {
        setActiveId(null);
        setTip(null);
        setPending(null);
        if (mode.kind === "repair") setMode({ kind: "idle" });
        window.getSelection()?.removeAllRanges();
      } else return;
      e.preventDefault();
    }
    window.addEventListener("keydown", onKey);
    // Marked once the shortcuts listen (effects run after hydration): a key pressed before is lost,
    // so browser tests wait for `data-shortcuts="on"` before typing.
    readerRef.current?.setAttribute("data-shortcuts", "on");
    return () => window.removeEventListener("keydown", onKey);
  });

  /** Keyboard selection inside the text: Shift+arrows extend by word, arrows move the caret. */
  function onTextKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if (e.key !== "ArrowLeft" && e.key !== "ArrowRight") return;
    const sel = window.getSelection();
    const root = textRef.current;
    if (!sel || !root) return;
    if (sel.rangeCount === 0 || !root.contains(sel.anchorNode)) {
      // Start at the beginning of the chosen claim, or of the text.
      const first = (activeId && byId.get(activeId)?.selector.start) || 0;
      selectSpan(root, { start: first, end: first + 1 });
      sel.collapseToStart();
    }
    e.preventDefault();
    const direction = e.key === "ArrowRight" ? "forward" : "backward";
    sel.modify(e.shiftKey ? "extend" : "move", direction, e.altKey ? "character" : "word");
    captureSelection();
  }

  const editing = mode.kind === "edit" ? byId.get(mode.claimId) : undefined;
  const repairing = mode.kind === "repair" ? byId.get(mode.claimId) : undefined;

  return (
    <div className="reader" ref={readerRef}>
      <div className="card reader-main" style={{ position: "relative" }}>
        <div className="reader-toolbar">
          <span className="hint">
            {canCreate
              ? "Select words, then press N (or Enter) to record a claim. J/K move between claims."
              : "Read-only: viewers cannot record claims."}
          </span>
          <span className="toolbar-buttons">
            <button type="button" className="button button-secondary button-small" aria-pressed={suggesting} onClick={() => setSuggesting((v) => !v)}>
              Suggestions <kbd>S</kbd>
            </button>
            <button type="button" className="button button-secondary button-small" onClick={() => setHelpOpen(true)}>
              Shortcuts <kbd>?</kbd>
            </button>
          </span>
        </div>
        {repairing && (
          <div className="alert repair-bar" role="status">
            Re-anchoring “{repairing.statement}”: select its words in the text, then press <kbd>Enter</kbd>.{" "}
            <button type="button" className="button button-secondary button-small" onClick={() => setMode({ kind: "idle" })}>
              Cancel
            </button>
          </div>
        )}
        <ArticleText
          paragraphs={paragraphs}
          claimsById={byId}
          activeId={activeId}
          textRef={textRef}
          label={`Text of “${articleTitle}”`}
          onHighlightEnter={showTip}
          onHighlightLeave={() => setTip(null)}
          onHighlightChoose={(id) => focusClaim(id, "list")}
          onKeyDown={onTextKeyDown}
          onMouseUp={() => {
            const span = captureSelection();
            setTip(null);
            // A pending undo stays on screen: the hint must not take its place.
            if (span && canCreate && mode.kind === "idle" && !toast?.undo) setToast({ message: "Press N or Enter to record a claim on the selection." });
          }}
        />
        <div className="visually-hidden" aria-live="polite">
          {activeId && byId.get(activeId)
            ? `Claim ${anchored.findIndex((c) => c.id === activeId) + 1} of ${anchored.length}: ${byId.get(activeId)!.statement} (${byId.get(activeId)!.sourcing}${byId.get(activeId)!.source ? `, ${byId.get(activeId)!.source}` : ""})`
            : ""}
        </div>
        {tip && (
          <div className="tooltip" role="tooltip" style={{ top: tip.top, left: tip.left }}>
            <div style={{ marginBottom: "0.25rem" }}>
              <SourcingBadge sourcing={tip.claim.sourcing} />
              {tip.claim.source && <span>{tip.claim.source}</span>}
            </div>
            <strong>{tip.claim.statement}</strong>
          </div>
        )}
      </div>
      <aside className="reader-side" aria-label="Claims in this article">
        {mode.kind === "create" && (
          <ClaimForm
            key={`${mode.span.start}-${mode.span.end}`}
            title={mode.suggestion ? "New claim from a suggestion" : "New claim"}
            quote={text.slice(mode.span.start, mode.span.end)}
            initial={
              mode.suggestion
                ? { statement: mode.suggestion.statement, sourcing: mode.suggestion.sourcing, source: mode.suggestion.source, cue: mode.suggestion.cue, status: newClaimStatus }
                : { statement: text.slice(mode.span.start, mode.span.end).slice(0, 1000), sourcing: null, source: "", cue: "", status: newClaimStatus }
            }
            canApprove={canApprove}
            onSubmit={(v) => submitCreate(mode.span, v, mode.suggestion)}
            onCancel={closeForm}
          />
        )}
        {editing && (
          <ClaimForm
            key={editing.id}
            title="Edit claim"
            quote={editing.selector.exact}
            initial={{ statement: editing.statement, sourcing: editing.sourcing, source: editing.source, cue: editing.cue, status: editing.status }}
            canApprove={canApprove}
            onSubmit={(v) => submitEdit(editing, v)}
            onReload={async () => {
              const r = await getClaimAction(editing.id);
              if (!r.ok) return null;
              upsert(r.data);
              return r.data;
            }}
            onCancel={closeForm}
          />
        )}
        {suggesting && mode.kind !== "create" && !editing && (
          <SuggestionsPanel
            articleId={articleId}
            canDecide={canCreate}
            reloadKey={suggestionsKey}
            onShow={setShown}
            onEdit={(sg) => setMode({ kind: "create", span: { start: sg.selector.start, end: sg.selector.end }, suggestion: sg })}
            onAccepted={(claim) => {
              upsert(claim);
              setToast({ message: `Claim saved: “${claim.statement.slice(0, 80)}”.` });
            }}
            onClose={() => {
              setSuggesting(false);
              setShown(null);
              window.getSelection()?.removeAllRanges();
            }}
          />
        )}
        {mode.kind !== "create" && !editing && !suggesting && (
          <div className="card">
            {orphaned.length > 0 && (
              <section className="side-section" aria-labelledby="orphaned-title">
                <h2 id="orphaned-title">Needs repair ({orphaned.length})</h2>
                <p className="hint">The text changed and these claims’ words are gone. Re-select their words, or delete them.</p>
                <ol className="claim-list">
                  {orphaned.map((c) => (
                    <li key={c.id} id={`claim-${c.id}`} className="claim-item" data-sourcing={c.sourcing}>
                      <div className="claim-statement">{c.statement}</div>
                      <blockquote className="claim-quote">{c.selector.exact}</blockquote>
                      <div className="claim-meta">
                        <span className="badge badge-orphaned">Orphaned</span>
                        <SourcingBadge sourcing={c.sourcing} />
                      </div>
                      {canChange(c) && (
                        <div className="claim-actions">
                          <button type="button" className="button button-secondary button-small" onClick={() => setMode({ kind: "repair", claimId: c.id })}>
                            Re-select words
                          </button>
                          <button type="button" className="button button-danger button-small" onClick={() => void remove(c)}>
                            Delete
                          </button>
                        </div>
                      )}
                    </li>
                  ))}
                </ol>
              </section>
            )}
            <section className="side-section" aria-labelledby="claims-title">
              <h2 id="claims-title">Claims ({anchored.length})</h2>
              {anchored.length === 0 && <p className="muted">No claims recorded in this article yet.</p>}
              <ol className="claim-list">
                {anchored.map((c) => (
                  <li key={c.id} id={`claim-${c.id}`} className={`claim-item${activeId === c.id ? " is-active" : ""}`} data-sourcing={c.sourcing}>
                    <button
                      type="button"
                      className="claim-choose"
                      onClick={() => focusClaim(c.id, "text")}
                      aria-pressed={activeId === c.id}
                    >
                      <div className="claim-statement" id={`claim-statement-${c.id}`}>
                        {c.statement}
                      </div>
                      <div className="claim-meta">
                        <SourcingBadge sourcing={c.sourcing} />
                        {c.source && <span>{c.source}</span>}
                        <StatusBadge status={c.status} />
                        {c.wordsChangedAt && <WordsChangedBadge />}
                      </div>
                    </button>
                    {activeId === c.id && canChange(c) && (
                      <div className="claim-actions">
                        <button type="button" className="button button-secondary button-small" onClick={() => setMode({ kind: "edit", claimId: c.id })}>
                          Edit <kbd>E</kbd>
                        </button>
                        <button type="button" className="button button-danger button-small" onClick={() => void remove(c)}>
                          Delete <kbd>X</kbd>
                        </button>
                      </div>
                    )}
                    {activeId === c.id && (
                      <ClaimDiscussion
                        claim={c}
                        viewer={viewer}
                        onChange={(updated, message) => {
                          upsert(updated);
                          setToast({ message });
                        }}
                      />
                    )}
                  </li>
                ))}
              </ol>
            </section>
          </div>
        )}
      </aside>
      {toast && (
        <div className="toast" role="status" aria-live="polite">
          <span>{toast.message}</span>
          {toast.undo && (
            <button type="button" className="button button-secondary" onClick={toast.undo}>
              Undo <kbd>U</kbd>
            </button>
          )}
        </div>
      )}
      {helpOpen && <ShortcutHelp onClose={() => setHelpOpen(false)} />}
    </div>
  );
}
