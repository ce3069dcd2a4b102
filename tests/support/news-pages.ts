/** News pages the local test server serves (tests/support/page-server.ts), built from a few paragraphs. */
export function newsPage(options: {
  title?: string;
  site?: string;
  author?: string;
  published?: string;
  modified?: string;
  lang?: string;
  canonical?: string;
  paragraphs: string[];
}): string {
  const meta = [
    options.site && `<meta property="og:site_name" content="${options.site}">`,
    options.author && `<meta name="author" content="${options.author}">`,
    options.published && `<meta property="article:published_time" content="${options.published}">`,
    options.modified && `<meta property="article:modified_time" content="${options.modified}">`,
    options.canonical && `<link rel="canonical" href="${options.canonical}">`,
  ]
    .filter(Boolean)
    .join("\n");
  return `<!doctype html><html lang="${options.lang ?? "en"}"><head><meta charset="utf-8"><title>${options.title ?? "Untitled"}</title>${meta}</head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>${(options.title ?? "Untitled").split(" | ")[0]}</h1>${options.paragraphs.map((p) => `<p>${p}</p>`).join("\n")}</article>
<footer>Copyright the outlet</footer></body></html>`;
}
