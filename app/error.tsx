"use client";

/**
 * Shown when a page fails unexpectedly. In production Next.js sends the browser no message or stack,
 * only a digest that the server logged beside the error: shown here as the reference to quote.
 */
export default function PageError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="card empty" role="alert">
      <h1>Something went wrong</h1>
      <p>This page could not be shown. Nothing you had saved is lost.</p>
      {error.digest && (
        <p className="muted">
          Reference <code>{error.digest}</code> (quote it when reporting the problem).
        </p>
      )}
      <button type="button" className="button" onClick={reset}>
        Try again
      </button>
    </div>
  );
}
