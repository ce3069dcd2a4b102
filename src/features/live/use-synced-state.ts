"use client";
import { type Dispatch, type SetStateAction, useState } from "react";

/**
 * Local state that starts from the server's data and starts again from it whenever the server sends
 * new data (a refresh after someone else's change, issue 16): the view's own edits are already
 * saved, so the server's answer is the truth to show.
 */
export function useSyncedState<T>(fromServer: T): [T, Dispatch<SetStateAction<T>>] {
  const [value, setValue] = useState(fromServer);
  const [seen, setSeen] = useState(fromServer);
  if (seen !== fromServer) {
    setSeen(fromServer);
    setValue(fromServer);
  }
  return [value, setValue];
}
