"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { ClaimImportReport } from "@/domain/exchange/import-claims";
import { type ApiProblem, MAX_UPLOAD_BYTES, problemOf } from "./api-errors";

interface Props {
  articleId: string;
  articleHref: string;
}

const statusLabel = { valid: "Ready", imported: "Imported", error: "Problem" } as const;

/**
 * CSV import of claims into one article: choose a file, preview the per-row report (a dry run),
 * then import all rows, or only the valid ones.
 */
export function ClaimsCsvImport({ articleId, articleHref }: Props) {
  const router = useRouter();
  const [csv, setCsv] = useState<{ name: string; text: string } | null>(null);
  const [report, setReport] = useState<ClaimImportReport | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [busy, setBusy] = useState(false);

  async function send(text: string, options: { dryRun: boolean; mode: "all" | "valid-only" }) {
    setBusy(true);
    setProblem(null);
    try {
      const response = await fetch(`/api/v1/articles/${articleId}/claims/import`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ csv: text, ...options }),
      });
      if (!response.ok) {
        setProblem(await problemOf(response));
        return;
      }
      setReport((await response.json()) as ClaimImportReport);
      if (!options.dryRun) router.refresh();
    } catch {
      setProblem({ message: "The request failed. Check your connection and try again.", details: [] });
    } finally {
      setBusy(false);
    }
  }

  async function choose(file: File) {
    setReport(null);
    setProblem(null);
    if (file.size > MAX_UPLOAD_BYTES) {
      setCsv(null);
      setProblem({ message: `${file.name} is larger than 2 MiB.`, details: [] });
      return;
    }
    const text = await file.text();
    setCsv({ name: file.name, text });
    await send(text, { dryRun: true, mode: "all" });
  }

  const done = report !== null && !report.dryRun;
  return (
    <div className="csv-import">
      <div className="card">
        <label className="field">
          <span>CSV file</span>
          <input type="file" accept=".csv,text/csv" disabled={busy} onChange={(e) => e.target.files?.[0] && void choose(e.target.files[0])} />
        </label>
        <p className="hint">
          Columns <code>quote</code>, <code>statement</code> and <code>sourcing</code> (confirmed, attributed or speculative) are required;
          <code> source</code>, <code>cue</code>, <code>status</code>, <code>prefix</code>, <code>suffix</code>, <code>start</code> and <code>end</code> are
          optional. Each quote must occur in the article&rsquo;s text exactly once, or be told apart by prefix, suffix or offsets. A story&rsquo;s CSV export
          can be imported as it is.
        </p>
      </div>

      {problem && (
        <div className="alert alert-error" role="alert">
          <p>{problem.message}</p>
          {problem.details.length > 1 && (
            <ul>
              {problem.details.slice(0, 20).map((d) => (
                <li key={`${d.path}:${d.message}`}>
                  <code>{d.path}</code> {d.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}

      {report && (
        <section aria-labelledby="csv-report-title" className="card table-wrap csv-report">
          <div className="csv-report-head">
            <h2 id="csv-report-title">{done ? "Import report" : `Preview of ${csv?.name ?? "the file"}`}</h2>
            <p role="status">
              {done
                ? `${report.imported} claim${report.imported === 1 ? "" : "s"} imported${report.invalid ? `, ${report.invalid} row${report.invalid === 1 ? "" : "s"} skipped` : ""}.`
                : `${report.valid} of ${report.total} row${report.total === 1 ? "" : "s"} ready to import${report.invalid ? `, ${report.invalid} with problems` : ""}. Nothing is saved yet.`}
            </p>
            {report.ignoredColumns.length > 0 && <p className="hint">Columns not read: {report.ignoredColumns.join(", ")}.</p>}
          </div>
          <table className="claims-table">
            <thead>
              <tr>
                <th scope="col">Row</th>
                <th scope="col">Status</th>
                <th scope="col">Quote and statement</th>
                <th scope="col">Problems</th>
              </tr>
            </thead>
            <tbody>
              {report.rows.map((r) => (
                <tr key={r.row} className={`csv-row csv-row-${r.status}`}>
                  <td>{r.row}</td>
                  <td>
                    <span className={`badge csv-status-${r.status}`}>{statusLabel[r.status]}</span>
                  </td>
                  <td>
                    <div className="claim-statement">{r.statement || <span className="muted">(no statement)</span>}</div>
                    <div className="claim-quote">{r.quote || "(no quote)"}</div>
                  </td>
                  <td>
                    {r.errors.length === 0 ? (
                      <span className="muted">—</span>
                    ) : (
                      <ul className="csv-errors">
                        {r.errors.map((e) => (
                          <li key={`${e.field}:${e.message}`}>
                            <strong>{e.field}</strong>: {e.message}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}

      {report && csv && (
        <div className="form-actions">
          {!done && (
            <>
              <button
                type="button"
                className="button"
                disabled={busy || report.invalid > 0}
                onClick={() => void send(csv.text, { dryRun: false, mode: "all" })}
              >
                Import all {report.total} claims
              </button>
              {report.invalid > 0 && report.valid > 0 && (
                <button
                  type="button"
                  className="button button-secondary"
                  disabled={busy}
                  onClick={() => void send(csv.text, { dryRun: false, mode: "valid-only" })}
                >
                  Import only the {report.valid} valid row{report.valid === 1 ? "" : "s"}
                </button>
              )}
            </>
          )}
          <Link className="button button-secondary" href={articleHref}>
            {done ? "Back to the article" : "Cancel"}
          </Link>
        </div>
      )}
    </div>
  );
}
