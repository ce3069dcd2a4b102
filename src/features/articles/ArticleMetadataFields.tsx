import type { ErrorDetail } from "@/domain/errors";

export interface MetadataValues {
  title?: string | null;
  outlet?: string | null;
  author?: string | null;
  publishedAt?: string | null;
  url?: string | null;
  language?: string | null;
}

const fields: { name: keyof MetadataValues; label: string; hint?: string; type?: string }[] = [
  { name: "title", label: "Title" },
  { name: "outlet", label: "Outlet" },
  { name: "author", label: "Author" },
  { name: "publishedAt", label: "Published", hint: "2020, 2020-05 or 2020-05-14" },
  { name: "url", label: "URL", type: "url" },
  { name: "language", label: "Language", hint: "en, sr, de…" },
];

/** The article's editable details; values are read back with metadataFromForm. */
export function ArticleMetadataFields({ initial, errors }: { initial?: MetadataValues; errors?: ErrorDetail[] }) {
  const errorOf = (name: string) => errors?.find((d) => d.path === name)?.message;
  return (
    <div className="meta-fields">
      {fields.map((f) => {
        const error = errorOf(f.name);
        return (
          <div className="field" key={`${f.name}-${initial?.[f.name] ?? ""}`}>
            <label htmlFor={`meta-${f.name}`}>{f.label}</label>
            <input
              id={`meta-${f.name}`}
              name={f.name}
              type={f.type ?? "text"}
              defaultValue={initial?.[f.name] ?? ""}
              aria-invalid={error ? true : undefined}
              aria-describedby={error || f.hint ? `meta-${f.name}-note` : undefined}
            />
            {(error || f.hint) && (
              <span id={`meta-${f.name}-note`} className={error ? "field-error" : "hint"}>
                {error ?? f.hint}
              </span>
            )}
          </div>
        );
      })}
    </div>
  );
}

/** Form values as the API expects them: empty date and URL mean "none". */
export function metadataFromForm(form: FormData) {
  const get = (k: string) => String(form.get(k) ?? "").trim();
  return {
    title: get("title"),
    outlet: get("outlet"),
    author: get("author"),
    publishedAt: get("publishedAt") || null,
    url: get("url") || null,
    language: get("language") || "en",
  };
}
