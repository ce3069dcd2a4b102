/**
 * When the page is refreshed for someone else's change: soon, in one go for a burst of changes,
 * and never while the person is selecting text (a refresh may re-render the words they are
 * dragging over); it waits for the selection to end.
 */
export function politeRefresher(refresh: () => void, delayMs = 300) {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let waitingForSelection = false;

  const selecting = () => {
    const s = document.getSelection();
    return !!s && !s.isCollapsed && s.rangeCount > 0;
  };

  const onSelectionChange = () => {
    if (selecting()) return;
    document.removeEventListener("selectionchange", onSelectionChange);
    waitingForSelection = false;
    schedule();
  };

  function run() {
    timer = null;
    if (selecting()) {
      if (!waitingForSelection) {
        waitingForSelection = true;
        document.addEventListener("selectionchange", onSelectionChange);
      }
      return;
    }
    refresh();
  }

  function schedule() {
    if (timer || waitingForSelection) return;
    timer = setTimeout(run, delayMs);
  }

  function stop() {
    if (timer) clearTimeout(timer);
    document.removeEventListener("selectionchange", onSelectionChange);
  }

  return { schedule, stop };
}
