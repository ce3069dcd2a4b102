"use client";

import { type ComponentType, useEffect, useRef, useState } from "react";

/**
 * Loads a chart's code (recharts, about 390 KB of script) only when its place on the page comes near
 * the viewport, keeping it out of the dashboard's first load. The place keeps the chart's height,
 * so nothing moves when it arrives.
 */
export function LazyChart<P extends { height: number }>({ load, props }: { load: () => Promise<{ default: ComponentType<P> }>; props: P }) {
  const place = useRef<HTMLDivElement>(null);
  const [Chart, setChart] = useState<ComponentType<P> | null>(null);

  useEffect(() => {
    const el = place.current;
    if (!el) return;
    let live = true;
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        observer.disconnect();
        void load().then((m) => live && setChart(() => m.default));
      },
      { rootMargin: "200px" },
    );
    observer.observe(el);
    return () => {
      live = false;
      observer.disconnect();
    };
  }, [load]);

  return (
    <div ref={place} style={{ minHeight: props.height }}>
      {Chart && <Chart {...props} />}
    </div>
  );
}
