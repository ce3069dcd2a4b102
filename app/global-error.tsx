"use client";

/** Replaces the whole document when the root layout itself fails; no internals, only the digest. */
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="en">
      <body>
        <main style={{ fontFamily: "system-ui, sans-serif", maxWidth: "40rem", margin: "4rem auto", padding: "0 1rem" }}>
          <h1>Claimboard could not show this page</h1>
          <p>Something went wrong on our side. Nothing you had saved is lost; reload the page to try again.</p>
          {error.digest && (
            <p>
              Reference <code>{error.digest}</code>
            </p>
          )}
        </main>
      </body>
    </html>
  );
}
