"use client";

import { useCallback, useMemo, useReducer, useRef, useState, type KeyboardEvent } from "react";
import type { SuggestionDto } from "@/domain/assistance/service";
import { can } from "@/domain/auth/can";
import type { ClaimDto } from "@/domain/claims/schemas";
import type { PropositionDto } from "@/domain/propositions/schemas";
import type { Role } from "@/domain/vocabulary-words";
import { ArticleText } from "@/features/articles/ArticleText";
import { segmentText } from "@/features/articles/segments";
import { getClaimAction } from "./actions";
import { claimWrites } from "./claim-writes";
import { ClaimFormPanel } from "./ClaimFormPanel";
import { ClaimsList } from "./ClaimsList";
import { ClaimTooltip, type Tip } from "./ClaimTooltip";
import { moveSelectionByKey, selectionSpan, type Span } from "./dom-offsets";
import { OrphanedClaimsList } from "./OrphanedClaimsList";
import { ReaderToolbar } from "./ReaderToolbar";
import { SelectionActionButton } from "./SelectionActionButton";
import { ShortcutHelp } from "./ShortcutHelp";
import { SuggestionsPanel } from "@/features/assistance/SuggestionsPanel";
import { useReaderShortcuts } from "./use-reader-shortcuts";
import { useClaimFromHash, useShownSuggestion } from "./workspace-effects";
import { splitClaims, workspaceReducer } from "./workspace-state";
import { WorkspaceToast } from "./WorkspaceToast";

interface Props {
  storyId: string;
  articleId: string;
  articleTitle: string;
  text: string;
  revisionId: string;
  initialClaims: ClaimDto[];
  /** The story's propositions, for "Link to proposition" on the chosen claim. */
  initialPropositions: PropositionDto[];
  viewer: { userId: string; role: Role };
  /** The status a new claim's form starts with: approved when an editor chose "my own claims start approved". */
  newClaimStatus?: "draft" | "approved";
}

/**
 * The analyst's workspace on one article: the text with every claim highlighted, the claims list
 * beside it, and recording, editing, deleting (with undo) and repairing claims, by mouse, touch or
 * keys. State: workspace-state.ts; writes: claim-writes.ts; keys: use-reader-shortcuts.ts.
 */
export function AnnotationWorkspace({
  storyId,
  articleId,
  articleTitle,
  text,
  revisionId,
  initialClaims,
  initialPropositions,
  viewer,
  newClaimStatus = "draft",
}: Props) {
  const [state, dispatch] = useReducer(workspaceReducer, { claims: initialClaims, activeId: null, mode: { kind: "idle" }, pending: null, toast: null });
  const { claims, activeId, mode, pending, toast } = state;
  const [propositions, setPropositions] = useState(initialPropositions);
  const [tip, setTip] = useState<Tip | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const [suggesting, setSuggesting] = useState(false);
  const [suggestionsKey, setSuggestionsKey] = useState(0);
  /** The suggestion being looked at in suggestions mode: its words and cue words are marked in the text. */
  const [shown, setShown] = useState<SuggestionDto | null>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const readerRef = useRef<HTMLDivElement>(null);

  const canCreate = can(viewer, "create");
  const canApprove = can(viewer, "review");
  const canChange = useCallback((c: ClaimDto) => can(viewer, "update", { createdById: c.createdBy }), [viewer]);
  const say = useCallback((message: string) => dispatch({ type: "toast", toast: { message } }), []);

  const { anchored, orphaned } = useMemo(() => splitClaims(claims, revisionId), [claims, revisionId]);
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
  useShownSuggestion(textRef, suggesting ? shown : null);

  function showTip(el: HTMLElement, claimId: string) {
    const claim = byId.get(claimId);
    const box = textRef.current?.parentElement?.getBoundingClientRect();
    if (!claim || !box) return;
    const r = el.getBoundingClientRect();
    setTip({ claim, top: r.bottom - box.top + 6, left: Math.max(0, Math.min(r.left - box.left, box.width - 340)) });
  }

  function focusClaim(id: string, scrollTo: "text" | "list" | null) {
    dispatch({ type: "choose", id });
    const mark = textRef.current?.querySelector<HTMLElement>(`mark[data-first="${id}"]`);
    const target = scrollTo === "text" ? mark : scrollTo === "list" ? document.getElementById(`claim-${id}`) : null;
    target?.scrollIntoView({ block: "center" });
    // The chosen claim shows its card beside its words, for keyboard users as for the mouse.
    if (mark) requestAnimationFrame(() => showTip(mark, id));
  }

  // "#claim-<id>" links (from the story page) choose that claim once the page has painted.
  useClaimFromHash((id) => byId.has(id) && focusClaim(id, "text"));

  /** The current text selection as a span, remembered so the form can open on it. */
  function captureSelection(): Span | null {
    if (!textRef.current) return null;
    const span = selectionSpan(textRef.current, text);
    dispatch({ type: "pending", span });
    return span;
  }

  function closeForm() {
    dispatch({ type: "formClosed" });
    window.getSelection()?.removeAllRanges();
    textRef.current?.focus({ preventScroll: true });
  }

  /** Built when a handler writes (it closes the form through the text's ref), not during render. */
  const writes = () =>
    claimWrites({ articleId, text, revisionId, newClaimStatus, dispatch, closeForm, refreshSuggestions: () => setSuggestionsKey((k) => k + 1) });

  function remove(claim: ClaimDto) {
    if (!canChange(claim)) return say("Only its author or an editor can delete this claim.");
    setTip(null);
    void writes().remove(claim);
  }

  function startCreate(span: Span | null = pending ?? captureSelection()) {
    if (!span) return say("Select the claim's words in the text first.");
    const repairing = mode.kind === "repair" ? byId.get(mode.claimId) : undefined;
    if (repairing) return void writes().repair(repairing, span);
    if (canCreate) dispatch({ type: "mode", mode: { kind: "create", span } });
  }

  function step(delta: 1 | -1) {
    if (anchored.length === 0) return;
    const i = anchored.findIndex((c) => c.id === activeId);
    const next = i === -1 ? (delta === 1 ? 0 : anchored.length - 1) : (i + delta + anchored.length) % anchored.length;
    focusClaim(anchored[next]!.id, "text");
  }

  // Page-wide shortcuts, except while typing in a field, with a form or a dialog open.
  useReaderShortcuts(
    (e) => {
      const active = activeId ? byId.get(activeId) : undefined;
      const key = e.key;
      const plain = !e.ctrlKey && !e.metaKey;
      if (key === "?") setHelpOpen(true);
      else if (key === "s" && plain) setSuggesting(true);
      else if (key === "j") step(1);
      else if (key === "k") step(-1);
      else if ((key === "n" || key === "Enter") && plain) {
        const span = captureSelection();
        if (!span && key === "Enter") return false;
        startCreate(span);
      } else if (key === "e" && active) {
        if (canChange(active)) dispatch({ type: "mode", mode: { kind: "edit", claimId: active.id } });
        else say("Only its author or an editor can edit this claim.");
      } else if ((key === "Delete" || key === "x") && active) remove(active);
      else if ((key === "u" || (key === "z" && !plain)) && toast?.undo) toast.undo();
      else if (key === "Escape") {
        dispatch({ type: "choose", id: null });
        dispatch({ type: "pending", span: null });
        setTip(null);
        if (mode.kind === "repair") dispatch({ type: "mode", mode: { kind: "idle" } });
        window.getSelection()?.removeAllRanges();
      } else return false;
    },
    helpOpen || mode.kind === "create" || mode.kind === "edit",
    readerRef,
  );

  /** Keyboard selection inside the text: Shift+arrows extend by word, arrows move the caret. */
  function onTextKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    // Starting at the beginning of the chosen claim, or of the text.
    if (textRef.current && moveSelectionByKey(e, textRef.current, (activeId && byId.get(activeId)?.selector.start) || 0)) captureSelection();
  }

  const editing = mode.kind === "edit" ? byId.get(mode.claimId) : undefined;
  const repairing = mode.kind === "repair" ? byId.get(mode.claimId) : undefined;
  const active = activeId ? byId.get(activeId) : undefined;
  const reload = async (id: string) => {
    const r = await getClaimAction(id);
    if (!r.ok) return null;
    dispatch({ type: "saved", claim: r.data });
    return r.data;
  };

  return (
    <div className="reader" ref={readerRef}>
      <div className="card reader-main" style={{ position: "relative" }}>
        <ReaderToolbar
          canCreate={canCreate}
          suggesting={suggesting}
          onToggleSuggestions={() => setSuggesting((v) => !v)}
          onHelp={() => setHelpOpen(true)}
          repairing={repairing}
          onCancelRepair={() => dispatch({ type: "mode", mode: { kind: "idle" } })}
        />
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
            if (span && canCreate && mode.kind === "idle" && !toast?.undo) say("Press N or Enter to record a claim on the selection.");
          }}
        />
        {(mode.kind === "idle" || mode.kind === "repair") && (
          <SelectionActionButton
            textRef={textRef}
            text={text}
            viewer={viewer}
            label={mode.kind === "repair" ? "Anchor claim here" : undefined}
            onChoose={startCreate}
          />
        )}
        <div className="visually-hidden" aria-live="polite">
          {active
            ? `Claim ${anchored.findIndex((c) => c.id === active.id) + 1} of ${anchored.length}: ${active.statement} (${active.sourcing}${active.source ? `, ${active.source}` : ""})`
            : ""}
        </div>
        <ClaimTooltip tip={tip} />
      </div>
      <aside className="reader-side" aria-label="Claims in this article">
        <ClaimFormPanel
          mode={mode}
          editing={editing}
          text={text}
          canApprove={canApprove}
          newClaimStatus={newClaimStatus}
          onCreate={(span, v, suggestion) => writes().create(span, v, suggestion)}
          onEdit={(claim, v) => writes().edit(claim, v)}
          onReload={reload}
          onCancel={closeForm}
        />
        {suggesting && mode.kind !== "create" && !editing && (
          <SuggestionsPanel
            articleId={articleId}
            canDecide={canCreate}
            reloadKey={suggestionsKey}
            onShow={setShown}
            onEdit={(sg) => dispatch({ type: "mode", mode: { kind: "create", span: { start: sg.selector.start, end: sg.selector.end }, suggestion: sg } })}
            onAccepted={(claim) => {
              dispatch({ type: "saved", claim });
              say(`Claim saved: “${claim.statement.slice(0, 80)}”.`);
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
            <OrphanedClaimsList
              claims={orphaned}
              canChange={canChange}
              onRepair={(c) => dispatch({ type: "mode", mode: { kind: "repair", claimId: c.id } })}
              onDelete={remove}
            />
            <ClaimsList
              storyId={storyId}
              claims={anchored}
              activeId={activeId}
              propositions={propositions}
              viewer={viewer}
              canChange={canChange}
              onChoose={(id) => focusClaim(id, "text")}
              onEdit={(c) => dispatch({ type: "mode", mode: { kind: "edit", claimId: c.id } })}
              onDelete={remove}
              onLinked={(p, link) =>
                setPropositions((list) => [...list.filter((x) => x.id !== p.id), { ...p, links: [...p.links.filter((l) => l.id !== link.id), link] }])
              }
              onChanged={(updated, message) => {
                dispatch({ type: "saved", claim: updated });
                say(message);
              }}
            />
          </div>
        )}
      </aside>
      <WorkspaceToast toast={toast} onExpire={() => dispatch({ type: "toast", toast: null })} />
      {helpOpen && <ShortcutHelp onClose={() => setHelpOpen(false)} />}
    </div>
  );
}
