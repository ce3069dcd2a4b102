"use client";

import { useCallback, useMemo, useReducer, useRef, useState, type KeyboardEvent } from "react";

import { can } from "@/domain/auth/can";
import type { ClaimDto } from "@/domain/claims/schemas";
import type { PropositionDto } from "@/domain/propositions/schemas";
import type { Role } from "@/domain/vocabulary-words";
import { ArticleText } from "@/features/articles/ArticleText";
import { segmentText } from "@/features/articles/segments";
import { getClaimAction } from "./actions";
import { claimWrites } from "./claim-writes";
import { ClaimFormPanel } from "./ClaimFormPanel";
import { ClaimsPanel } from "./ClaimsPanel";
import { ChosenClaimAnnouncer, ClaimTooltip, type Tip, tipBeside } from "./ClaimTooltip";
import { moveSelectionByKey, selectionSpan, type Span } from "./dom-offsets";
import { ReaderToolbar } from "./ReaderToolbar";
import { SelectionActionButton } from "./SelectionActionButton";
import { ShortcutHelp } from "./ShortcutHelp";
import { handleReaderKey } from "./reader-keys";
import { useReaderShortcuts } from "./use-reader-shortcuts";
import { useSuggestionsMode } from "./use-suggestions-mode";
import { useClaimFromHash, useShownSuggestion } from "./workspace-effects";
import { nextClaimId, splitClaims, workspaceReducer } from "./workspace-state";
import { WorkspaceSuggestions } from "./WorkspaceSuggestions";
import { WorkspaceToast } from "./WorkspaceToast";
import { useLiveClaims } from "./use-live-claims";
import { useSyncedState } from "@/features/live/use-synced-state";

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
  useLiveClaims(articleId, dispatch, mode.kind === "edit" ? mode.claimId : null);
  const [propositions, setPropositions] = useSyncedState(initialPropositions);
  const [tip, setTip] = useState<Tip | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const suggestions = useSuggestionsMode();
  const textRef = useRef<HTMLDivElement>(null);
  const readerRef = useRef<HTMLDivElement>(null);

  const canCreate = can(viewer, "create");
  const canChange = useCallback((c: ClaimDto) => can(viewer, "update", { createdById: c.createdBy }), [viewer]);
  const say = useCallback((message: string) => dispatch({ type: "toast", toast: { message } }), []);

  const { anchored, orphaned } = useMemo(() => splitClaims(claims, revisionId), [claims, revisionId]);
  const byId = useMemo(() => new Map(claims.map((c) => [c.id, c])), [claims]);
  const paragraphs = useMemo(
    () =>
      segmentText(
        text,
        anchored.map((c) => ({ id: c.id, start: c.selector.start, end: c.selector.end })),
        suggestions.shown?.revisionId === revisionId ? { cues: suggestions.shown.cues, focus: suggestions.shown.selector } : {},
      ),
    [text, anchored, suggestions.shown, revisionId],
  );
  useShownSuggestion(textRef, suggestions.shown);

  const showTip = (el: HTMLElement, claimId: string) => setTip(tipBeside(el, byId.get(claimId), textRef.current));

  function focusClaim(id: string, scrollTo: "text" | "list" | null) {
    dispatch({ type: "choose", id });
    const mark = textRef.current?.querySelector<HTMLElement>(`mark[data-first="${id}"]`);
    const target = scrollTo === "text" ? mark : scrollTo === "list" ? document.getElementById(`claim-${id}`) : null;
    target?.scrollIntoView({ block: "center" });
    // The chosen claim shows its card beside its words, for keyboard users as for the mouse.
    if (mark) requestAnimationFrame(() => showTip(mark, id));
  }

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
  const writes = () => claimWrites({ articleId, text, revisionId, newClaimStatus, dispatch, closeForm, refreshSuggestions: suggestions.refresh });

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
    const next = nextClaimId(anchored, activeId, delta);
    if (next) focusClaim(next, "text");
  }

  // Page-wide shortcuts, except while typing in a field, with a form or a dialog open.
  useReaderShortcuts(
    (e) =>
      handleReaderKey(e, {
        active: activeId ? byId.get(activeId) : undefined,
        toast,
        canChange,
        openHelp: () => setHelpOpen(true),
        startSuggesting: suggestions.start,
        step,
        captureSelection,
        startCreate,
        edit: (c) => dispatch({ type: "mode", mode: { kind: "edit", claimId: c.id } }),
        remove,
        say,
        clear: () => {
          dispatch({ type: "choose", id: null });
          dispatch({ type: "pending", span: null });
          setTip(null);
          if (mode.kind === "repair") dispatch({ type: "mode", mode: { kind: "idle" } });
          window.getSelection()?.removeAllRanges();
        },
      }),
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
          suggesting={suggestions.on}
          onToggleSuggestions={suggestions.toggle}
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
        <ChosenClaimAnnouncer claims={anchored} active={active} />
        <ClaimTooltip tip={tip} />
      </div>
      <aside className="reader-side" aria-label="Claims in this article">
        <ClaimFormPanel
          mode={mode}
          editing={editing}
          text={text}
          canApprove={can(viewer, "review")}
          newClaimStatus={newClaimStatus}
          onCreate={(span, v, suggestion) => writes().create(span, v, suggestion)}
          onEdit={(claim, v) => writes().edit(claim, v)}
          onReload={reload}
          onCancel={closeForm}
        />
        {suggestions.on && mode.kind !== "create" && !editing && (
          <WorkspaceSuggestions articleId={articleId} canDecide={canCreate} suggestions={suggestions} dispatch={dispatch} />
        )}
        {mode.kind !== "create" && !editing && !suggestions.on && (
          <ClaimsPanel
            storyId={storyId}
            anchored={anchored}
            orphaned={orphaned}
            activeId={activeId}
            propositions={propositions}
            setPropositions={setPropositions}
            viewer={viewer}
            canChange={canChange}
            dispatch={dispatch}
            onChoose={(id) => focusClaim(id, "text")}
            onDelete={remove}
          />
        )}
      </aside>
      <WorkspaceToast toast={toast} onExpire={() => dispatch({ type: "toast", toast: null })} />
      {helpOpen && <ShortcutHelp onClose={() => setHelpOpen(false)} />}
    </div>
  );
}
