"use client";

import { type ComponentType, useEffect, useRef, useState } from "react";

/**
 * Loads a chart's code (recharts, about 390 KB of script) after the dashboard's first load: when
 * its place comes near the viewport, when the browser is first idle, or before printing, whichever
 * comes first. So the script stays out of the first load, but a full-page capture or a print never
 * shows empty cards (issue 15, bug 9). The place keeps the chart's height, so nothing moves when it
 * arrives.
 */
export function LazyChart<P extends { height: number }>({ load, props }: { load: () => Promise<{ default: ComponentType<P> }>; props: P }) {
  const place = useRef<HTMLDivElement>(null);
  const [Chart, setChart] = useState<ComponentType<P> | null>(null);

  useEffect(() => {
    const el = place.current;
    if (!el) return;
    let live = true;
    let started = false;
    const start = () => {
      if (started) return;
      started = true;
      observer.disconnect();
      void load().then((m) => live && setChart(() => m.default));
    };
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && start(), { rootMargin: "200px" });
    observer.observe(el);
    const idle = typeof window.requestIdleCallback === "function" ? window.requestIdleCallback(start, { timeout: 2000 }) : window.setTimeout(start, 1000);
    window.addEventListener("beforeprint", start);
    return () => {
      live = false;
      observer.disconnect();
      if (typeof window.cancelIdleCallback === "function") window.cancelIdleCallback(idle);
      else window.clearTimeout(idle);
      window.removeEventListener("beforeprint", start);
    };
  }, [load]);

  return (
    <div ref={place} style={{ minHeight: props.height }}>
      {Chart && <Chart {...props} />}
    </div>
  );
}
