/**
 * Turns a news page's HTML into article metadata and the plain text that claims are anchored to.
 *
 * The text is the contract: claim offsets point into it, so the same HTML must always give the same
 * text, and nothing executable or invisible may end up in it.
 */
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import sanitizeHtml from "sanitize-html";
import { normalizeText } from "@/domain/anchoring/text";

export interface ExtractedArticle {
  title: string | null;
  byline: string | null;
  /** "YYYY-MM-DD", or a UTC timestamp "YYYY-MM-DDTHH:mm:ssZ" when the page gives a time with a zone. */
  publishedAt: string | null;
  /** When the page says it was last modified, in the same forms as publishedAt. */
  modifiedAt: string | null;
  outlet: string | null;
  /** Primary BCP 47 language subtag, lower case ("en", "sr"). */
  language: string | null;
  url: string | null;
  /** Paragraphs separated by "\n\n", line breaks inside a paragraph as "\n"; in normalizeText form. */
  text: string;
}

export function extractArticleFromHtml(html: string, options: { url?: string } = {}): ExtractedArticle {
  const source = typeof html === "string" ? html : "";
  const document = parseDocument(source);
  const pathological = depthExceeds(document.body, MAX_DEPTH);
  const metadata = readMetadata(document, !pathological);

  // Readability rewrites the document it is given, so it gets a copy of its own.
  const readable = pathological ? null : runReadability(parseDocument(source));
  let paragraphs = readable?.content ? htmlToParagraphs(readable.content) : [];
  if (!paragraphs.length) paragraphs = bodyParagraphs(document);

  const outlet = metadata.ogSiteName ?? cleanLine(readable?.siteName) ?? metadata.jsonLdPublisher;
  const title = withoutSiteName(cleanLine(readable?.title) ?? metadata.title, outlet);
  return {
    title,
    byline: cleanByline(readable?.byline) ?? metadata.byline,
    publishedAt: firstDate([...metadata.dateCandidates.preferred, readable?.publishedTime, ...metadata.dateCandidates.rest]),
    modifiedAt: firstDate(metadata.modifiedCandidates),
    outlet,
    language: metadata.language,
    url: metadata.url ?? cleanLine(options.url),
    text: normalizeText(withoutHeadMatter(paragraphs, title, metadata).join("\n\n")),
  };
}

/** "Headline | The Outlet" → "Headline": page titles often carry the site's name. */
function withoutSiteName(title: string | null, outlet: string | null): string | null {
  if (!title || !outlet) return title;
  for (const sep of [" | ", " - ", " – ", " — ", " :: ", " · "]) {
    if (title.endsWith(sep + outlet)) return title.slice(0, -(sep + outlet).length).trim() || title;
    if (title.startsWith(outlet + sep)) return title.slice((outlet + sep).length).trim() || title;
  }
  return title;
}

/**
 * Readability keeps a byline or dateline line when the page also has a meta author, and the
 * fallback keeps the headline, so whether they reach the text would depend on unrelated markup.
 * Lines made only of the page's own <time> texts and author names are metadata, not body text.
 */
function withoutHeadMatter(paragraphs: string[], title: string | null, metadata: PageMetadata): string[] {
  // Compared without separators and "By", so "By Ana Horvat | 1 June" matches the byline "Ana Horvat".
  const key = (line: string) => (cleanByline(line.replace(/[|·•,;\-\u2013\u2014\s]+/g, " ")) ?? "").toLowerCase();
  const authors = new Set(metadata.authorTexts.map(key));
  const kept = paragraphs.filter((paragraph) => {
    let rest = paragraph;
    for (const time of metadata.timeTexts) rest = rest.split(time).join(" ");
    const residue = key(rest);
    if (residue && authors.has(residue)) return false;
    // A date with at most a one-word label: "14 May 2020", "Updated: 15 May 2020".
    return rest === paragraph || /\s/.test(residue) || residue.length > 20;
  });
  if (title && kept[0] === title) kept.shift();
  return kept;
}

// ---------------------------------------------------------------------------------------------
// Parsing

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

// Attribute values may contain ">", so tag ends are found quote-aware.
const TAG_REST = String.raw`((?:[^>"']|"[^"]*"|'[^']*')*)>`;
const HTML_OPEN = new RegExp(String.raw`<html(?=[\s>/])${TAG_REST}`, "i");
const HEAD_OPEN = new RegExp(String.raw`<head(?=[\s>/])${TAG_REST}`, "i");
const BODY_OPEN = new RegExp(String.raw`<body(?=[\s>/])${TAG_REST}`, "i");
const SKELETON_TAGS = new RegExp(String.raw`<!doctype[^>]*>|<\/?(?:html|head|body)(?=[\s>/])${TAG_REST}`, "gi");

/**
 * linkedom is not an HTML5 tree builder: a fragment without <html> yields a document whose
 * documentElement is the first tag (or null, and then `document.body` throws), and content after
 * a missing <body> lands outside the body. So the page is re-assembled into an explicit
 * <html><head><body> skeleton before parsing.
 */
function parseDocument(html: string): Document {
  const htmlOpen = HTML_OPEN.exec(html);
  const headOpen = HEAD_OPEN.exec(html);
  const bodyOpen = BODY_OPEN.exec(html);

  let head = "";
  let body: string;
  let headEnd = -1;
  if (headOpen) {
    const closeTag = /<\/head\s*>/gi;
    closeTag.lastIndex = headOpen.index;
    const headClose = closeTag.exec(html)?.index ?? -1;
    const bodyAfterHead = bodyOpen && bodyOpen.index > headOpen.index ? bodyOpen.index : -1;
    // An unclosed <head> ends where <body> starts.
    headEnd = headClose !== -1 && (bodyAfterHead === -1 || headClose < bodyAfterHead) ? headClose : bodyAfterHead;
    if (headEnd !== -1) head = html.slice(headOpen.index + headOpen[0].length, headEnd);
  }
  if (bodyOpen) {
    body = html.slice(bodyOpen.index + bodyOpen[0].length);
  } else if (headEnd !== -1) {
    body = html.slice(headEnd);
  } else if (htmlOpen) {
    body = html.slice(htmlOpen.index + htmlOpen[0].length);
  } else {
    body = html;
  }
  // Browsers move anything after </body> back into the body; stray skeleton tags would otherwise nest.
  body = body.replace(SKELETON_TAGS, "");
  // Only the language and direction of <html> matter, and re-emitting them escaped keeps a broken
  // attribute from swallowing the skeleton.
  const rootAttributes = languageAttributes(htmlOpen?.[1] ?? "");

  let document = parseSkeleton(rootAttributes, head, body);
  if (!Array.from(document.documentElement.children).some((el) => el.tagName === "BODY")) {
    // An unclosed <title> or comment in the head swallowed the body; parse it all as body instead.
    document = parseSkeleton(rootAttributes, "", head + body);
  }
  // A fragment's <title>/<meta> ended up in the body: move them where metadata readers look.
  for (const el of Array.from(document.body.querySelectorAll("title, meta, link, base"))) {
    if (!hasAncestor(el, (a) => /^(?:svg|math)$/i.test(a.tagName))) document.head.appendChild(el);
  }
  return document;
}

function parseSkeleton(rootAttributes: string, head: string, body: string): Document {
  return parseHTML(`<!DOCTYPE html><html${rootAttributes}><head>${head}</head><body>${body}</body></html>`).document;
}

function languageAttributes(attributes: string): string {
  let out = "";
  for (const match of attributes.matchAll(/(?:^|\s)(lang|xml:lang|dir)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/gi)) {
    const value = match[2] ?? match[3] ?? match[4] ?? "";
    out += ` ${match[1]?.toLowerCase()}="${value.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`)}"`;
  }
  return out;
}

function hasAncestor(el: Element, test: (ancestor: Element) => boolean): boolean {
  for (let a = el.parentElement; a; a = a.parentElement) {
    if (test(a)) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Boilerplate removal

const ALWAYS_DROPPED =
  "nav, aside, footer, form, dialog, template, iframe, frame, object, embed, noscript, button, select, textarea, input, svg, canvas, " +
  "[hidden], [aria-hidden='true'], [role='navigation'], [role='banner'], [role='contentinfo'], [role='complementary'], " +
  "[role='search'], [role='dialog'], [role='alertdialog'], [role='menu'], [role='menubar']";
/**
 * Class/id words for blocks that sit next to the article and read like paragraphs. Readability
 * does not know "cookie" or "consent" at all, and when comments or teasers outweigh a short
 * article it takes their common parent, so they are removed before it scores the page.
 */
const FURNITURE_NAME =
  /cookie|consent|gdpr|(?:^|[\s_-])(?:comments?|discussion|disqus(?:_thread)?|replies|related|recommended|more-(?:news|stories|articles)|most-(?:read|popular)|trending|newsletter|outbrain|taboola)(?:$|[\s_-])/i;
/** Advertising slots by their class or id ("ad", "ad-slot", "advert", "sponsored"). */
const AD_NAME = /(?:^|[\s_-])(?:ads?|advert(?:isement)?s?|advertising|ad(?:slot|unit)|dfp|gpt-ad|sponsored|promo)(?:$|[\s_-])/i;
/** A block whose whole text is an advertising label, left where an ad was (issue 15, bug 9). */
const AD_LABEL =
  /^(?:advertisement|advertising|ad|ads|sponsored(?: content)?|paid content|anzeige|reklama|oglas|publicit[ée]|(?:the )?story continues below(?: (?:this )?advertisement)?|continue reading below|scroll to continue(?: with content)?)$/i;
const AD_LABEL_CARRIERS = "p, div, span, aside, section, figure, figcaption, small, strong, em, h5, h6, li";
// A wrapper with such a word ("story has-comments") must not take the article with it.
const ARTICLE_INSIDE = "article, main, [role='main'], [itemprop~='articleBody'], h1";
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/**
 * Drops page furniture before Readability sees the page. Readability's own heuristics only bite
 * when the page has enough text; on a short page it happily keeps a <nav> next to three paragraphs.
 */
function removeBoilerplate(document: Document): void {
  const body = document.body;
  for (const el of Array.from(body.querySelectorAll(ALWAYS_DROPPED))) el.remove();
  for (const el of Array.from(body.querySelectorAll("header"))) {
    // An article's own <header> holds the headline and standfirst; the site's header does not.
    if (!hasAncestor(el, isArticleContainer)) el.remove();
  }
  for (const el of Array.from(body.querySelectorAll("[class], [id], [style]"))) {
    if (!el.isConnected) continue;
    const names = `${el.getAttribute("id") ?? ""} ${el.getAttribute("class") ?? ""}`;
    if (HIDDEN_STYLE.test(el.getAttribute("style") ?? "")) {
      el.remove();
    } else if ((FURNITURE_NAME.test(names) || AD_NAME.test(names)) && !isArticleContainer(el) && !el.querySelector(ARTICLE_INSIDE)) {
      el.remove();
    }
  }
  for (const el of Array.from(body.querySelectorAll(AD_LABEL_CARRIERS))) {
    if (el.isConnected && AD_LABEL.test((el.textContent ?? "").replace(/\s+/g, " ").trim())) el.remove();
  }
}

function isArticleContainer(el: Element): boolean {
  return el.tagName === "ARTICLE" || el.tagName === "MAIN" || el.getAttribute("role") === "main";
}

interface ReadabilityResult {
  title: string | null | undefined;
  content: string | null | undefined;
  byline: string | null | undefined;
  siteName: string | null | undefined;
  publishedTime: string | null | undefined;
}

/**
 * Readability's cost grows steeply with nesting (a second for 300 nested <div>s, minutes for a few
 * thousand), as does anything reading textContent per element, and unclosed tags in broken markup
 * nest exactly like that. Real pages stay far below this depth.
 */
const MAX_DEPTH = 100;

function depthExceeds(root: Element, limit: number): boolean {
  const stack: [Element, number][] = [[root, 0]];
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const [el, depth] = entry;
    if (depth > limit) return true;
    for (const child of Array.from(el.children)) stack.push([child, depth + 1]);
  }
  return false;
}

function runReadability(document: Document): ReadabilityResult | null {
  try {
    removeBoilerplate(document);
    // The default threshold (500 characters) makes Readability retry without its "unlikely
    // candidate" filter on short articles, and the retry brings comments and menus back.
    return new Readability(document, { charThreshold: 20 }).parse();
  } catch {
    return null;
  }
}

/** The fallback when Readability finds nothing: the whole body minus furniture. Mutates `document`. */
function bodyParagraphs(document: Document): string[] {
  try {
    for (const el of Array.from(document.body.querySelectorAll("script, style, link, meta, title"))) el.remove();
    removeBoilerplate(document);
    return htmlToParagraphs(document.body.innerHTML);
  } catch {
    return [];
  }
}

// ---------------------------------------------------------------------------------------------
// HTML → text

const TEXT_TAGS = [
  "p",
  "br",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "ul",
  "ol",
  "li",
  "dl",
  "dt",
  "dd",
  "blockquote",
  "pre",
  "hr",
  "div",
  "section",
  "article",
  "main",
  "header",
  "figure",
  "figcaption",
  "address",
  "details",
  "summary",
  "table",
  "caption",
  "thead",
  "tbody",
  "tfoot",
  "tr",
  "td",
  "th",
  "a",
  "abbr",
  "b",
  "bdi",
  "bdo",
  "cite",
  "code",
  "data",
  "del",
  "dfn",
  "em",
  "i",
  "ins",
  "kbd",
  "mark",
  "q",
  "s",
  "samp",
  "small",
  "span",
  "strong",
  "sub",
  "sup",
  "time",
  "u",
  "var",
  "wbr",
];

const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: TEXT_TAGS,
  // No attributes at all: the text needs none, and none can carry a handler or a URL.
  allowedAttributes: {},
  disallowedTagsMode: "discard",
  // Tags outside the allowlist keep their text unless listed here.
  nonTextTags: [
    "script",
    "style",
    "textarea",
    "option",
    "noscript",
    "title",
    "template",
    "iframe",
    "frame",
    "object",
    "embed",
    "svg",
    "canvas",
    "button",
    "select",
    "head",
    "audio",
    "video",
  ],
};

const BLOCK_TAGS = new Set([
  "P",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "UL",
  "OL",
  "LI",
  "DL",
  "DT",
  "DD",
  "BLOCKQUOTE",
  "PRE",
  "HR",
  "DIV",
  "SECTION",
  "ARTICLE",
  "MAIN",
  "HEADER",
  "FIGURE",
  "FIGCAPTION",
  "ADDRESS",
  "DETAILS",
  "SUMMARY",
  "TABLE",
  "CAPTION",
  "THEAD",
  "TBODY",
  "TFOOT",
  "TR",
]);
const CELL_TAGS = new Set(["TD", "TH"]);

/** Sanitises an HTML fragment and lays its text out as paragraphs (NFC, no empty ones). */
function htmlToParagraphs(fragment: string): string[] {
  const clean = sanitizeHtml(fragment, SANITIZE_OPTIONS);
  const { document } = parseHTML(`<!DOCTYPE html><html><head></head><body>${clean}</body></html>`);

  const paragraphs: string[] = [];
  let line = "";
  const flush = () => {
    paragraphs.push(...layoutParagraphs(line));
    line = "";
  };

  // Iterative walk: a page of thousands of unclosed <div>s must not overflow the stack.
  type Step = { node: Node; pre: boolean } | { exit: "block" | "cell" };
  const stack: Step[] = Array.from(document.body.childNodes)
    .reverse()
    .map((node) => ({ node, pre: false }));
  for (let step = stack.pop(); step; step = stack.pop()) {
    if ("exit" in step) {
      if (step.exit === "block") flush();
      else line += " ";
      continue;
    }
    const { node, pre } = step;
    if (node.nodeType === TEXT_NODE) {
      const value = withoutInvisibles(node.nodeValue ?? "");
      // "\n" is reserved for <br>, so source line breaks become spaces (except inside <pre>).
      line += pre ? value.replace(/\r\n?/g, "\n").replace(/[^\S\n]+/g, " ") : value.replace(/\s+/g, " ");
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const tag = (node as Element).tagName.toUpperCase();
    if (tag === "BR") {
      line += "\n";
      continue;
    }
    if (BLOCK_TAGS.has(tag)) {
      flush();
      stack.push({ exit: "block" });
    } else if (CELL_TAGS.has(tag)) {
      // Table cells are laid out side by side; a space keeps their words apart.
      line += " ";
      stack.push({ exit: "cell" });
    }
    const childPre = pre || tag === "PRE";
    const children = Array.from(node.childNodes);
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, pre: childPre });
  }
  flush();
  return paragraphs;
}

/**
 * Soft hyphens and zero-width spaces are hyphenation and line-break hints that nobody can see or
 * type, so a search for a quoted word would miss them. Joiners (U+200C/D) carry meaning and stay.
 */
function withoutInvisibles(text: string): string {
  return text.replace(/[\u00ad\u200b\u2060\ufeff]/g, "");
}

/** Lines separated by <br> stay in one paragraph; an empty line (<br><br>) starts a new one. */
function layoutParagraphs(raw: string): string[] {
  const paragraphs: string[] = [];
  let lines: string[] = [];
  for (const rawLine of raw.split("\n")) {
    const text = rawLine.replace(/ {2,}/g, " ").trim();
    if (text) {
      lines.push(text);
    } else if (lines.length) {
      paragraphs.push(lines.join("\n"));
      lines = [];
    }
  }
  if (lines.length) paragraphs.push(lines.join("\n"));
  return paragraphs.map((paragraph) => paragraph.normalize("NFC"));
}

// ---------------------------------------------------------------------------------------------
// Metadata

interface PageMetadata {
  title: string | null;
  byline: string | null;
  ogSiteName: string | null;
  jsonLdPublisher: string | null;
  language: string | null;
  url: string | null;
  /** Texts of <time> elements and of byline elements (rel=author, class "byline"…), "By " removed. */
  timeTexts: string[];
  authorTexts: string[];
  /** Date sources in trust order; Readability's guess goes between the two lists. */
  dateCandidates: { preferred: (string | null | undefined)[]; rest: (string | null | undefined)[] };
  modifiedCandidates: (string | null | undefined)[];
}

/** `scanBody: false` skips the per-element reads of the body (bylines, <time> texts) on pathological pages. */
function readMetadata(document: Document, scanBody: boolean): PageMetadata {
  const meta = collectMeta(document);
  const first = (...keys: string[]): string | null => {
    for (const key of keys) {
      for (const value of meta.get(key) ?? []) {
        const clean = cleanLine(value);
        if (clean) return clean;
      }
    }
    return null;
  };
  const jsonLd = readJsonLd(document);
  const allTimes = scanBody ? Array.from(document.querySelectorAll("time")) : [];
  const times = allTimes.filter((el) => el.hasAttribute("datetime"));
  const datetimeOf = (el: Element | undefined) => el?.getAttribute("datetime");
  const publicationTime = times.find((el) => el.hasAttribute("pubdate") || /datepublished/i.test(el.getAttribute("itemprop") ?? ""));
  const articleTime = times.find((el) => hasAncestor(el, isArticleContainer));
  const authorTexts = (scanBody ? bylineElements(document) : []).map((el) => cleanByline(el.textContent)).filter((text): text is string => text !== null);
  const documentTitle = cleanLine(document.head.querySelector("title")?.textContent);
  const firstHeading = cleanLine(document.querySelector("h1")?.textContent);

  return {
    title: first("og:title", "twitter:title") ?? documentTitle ?? jsonLd.headline ?? firstHeading,
    byline:
      cleanByline(first("author")) ??
      cleanByline(notUrl(first("article:author"))) ??
      cleanByline(jsonLd.author) ??
      cleanByline(notUrl(first("dc.creator", "dcterms.creator", "parsely-author", "sailthru.author"))) ??
      authorTexts[0] ??
      null,
    ogSiteName: first("og:site_name"),
    jsonLdPublisher: cleanLine(jsonLd.publisher),
    language: firstLanguage([
      document.documentElement.getAttribute("lang"),
      document.documentElement.getAttribute("xml:lang"),
      first("og:locale"),
      first("content-language"),
      first("language", "dc.language", "dcterms.language"),
      jsonLd.inLanguage,
    ]),
    url: firstHttpUrl([document.querySelector("link[rel~='canonical']")?.getAttribute("href"), first("og:url")]),
    timeTexts: [...new Set(allTimes.map((el) => cleanLine(el.textContent)))]
      .filter((text): text is string => text !== null)
      // Longest first, so "14 May 2020" is cut out before a shorter "May 2020" could split it.
      .sort((a, b) => b.length - a.length),
    authorTexts: [...new Set([...authorTexts, ...[jsonLd.author, first("author")].map(cleanByline).filter((t): t is string => t !== null)])],
    modifiedCandidates: [
      first("article:modified_time", "og:updated_time"),
      jsonLd.dateModified,
      first("datemodified", "dcterms.modified", "last-modified", "lastmod"),
      datetimeOf(times.find((el) => /datemodified/i.test(el.getAttribute("itemprop") ?? ""))),
    ],
    dateCandidates: {
      preferred: [first("article:published_time"), jsonLd.datePublished, first("datepublished"), datetimeOf(publicationTime), datetimeOf(articleTime)],
      rest: [
        first(
          "date",
          "pubdate",
          "publishdate",
          "publish-date",
          "publish_date",
          "publication_date",
          "og:published_time",
          "dc.date",
          "dc.date.issued",
          "dcterms.date",
          "dcterms.issued",
          "dcterms.created",
          "parsely-pub-date",
          "sailthru.date",
        ),
        datetimeOf(times[0]),
      ],
    },
  };
}

/** Same signals as Readability's byline detection, so both agree on what a byline is. */
const BYLINE_CLASS = /byline|author|dateline|writtenby|p-author/i;

function bylineElements(document: Document): Element[] {
  return Array.from(document.body.querySelectorAll("[rel], [itemprop], [class], [id]")).filter((el) => {
    const marked =
      /(?:^|\s)author(?:\s|$)/i.test(el.getAttribute("rel") ?? "") ||
      /author/i.test(el.getAttribute("itemprop") ?? "") ||
      BYLINE_CLASS.test(`${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`);
    if (!marked || isArticleContainer(el)) return false;
    const length = (el.textContent ?? "").trim().length;
    return length > 0 && length < 100;
  });
}

/** Meta content by lower-cased name/property/itemprop/http-equiv, in document order. */
function collectMeta(document: Document): Map<string, string[]> {
  const meta = new Map<string, string[]>();
  for (const el of Array.from(document.querySelectorAll("meta"))) {
    const content = el.getAttribute("content");
    if (content === null) continue;
    for (const attribute of ["name", "property", "itemprop", "http-equiv"]) {
      // Some sites list several keys in one attribute: property="og:title twitter:title".
      for (const key of (el.getAttribute(attribute) ?? "").toLowerCase().split(/\s+/)) {
        if (!key) continue;
        const values = meta.get(key) ?? [];
        values.push(content);
        meta.set(key, values);
      }
    }
  }
  return meta;
}

interface JsonLdArticle {
  headline: string | null;
  author: string | null;
  datePublished: string | null;
  dateModified: string | null;
  publisher: string | null;
  inLanguage: string | null;
}

const JSON_LD_ARTICLE_TYPE =
  /^(?:Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|AskPublicNewsArticle|SatiricalArticle|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|TechArticle|SocialMediaPosting)$/;

function readJsonLd(document: Document): JsonLdArticle {
  const nodes: Record<string, unknown>[] = [];
  for (const script of Array.from(document.querySelectorAll("script"))) {
    if ((script.getAttribute("type") ?? "").trim().toLowerCase() !== "application/ld+json") continue;
    try {
      const json = (script.textContent ?? "").replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, "");
      collectJsonLdNodes(JSON.parse(json) as unknown, nodes, 0);
    } catch {
      // Broken JSON-LD is common and never fatal: the page still has its other metadata.
    }
  }
  const isArticle = (node: Record<string, unknown>) => [node["@type"]].flat().some((type) => typeof type === "string" && JSON_LD_ARTICLE_TYPE.test(type));
  const article = nodes.find(isArticle) ?? nodes.find((node) => typeof node.datePublished === "string");
  if (!article) return { headline: null, author: null, datePublished: null, dateModified: null, publisher: null, inLanguage: null };

  // Yoast-style graphs point at the author and publisher by "@id" instead of nesting them.
  const byId = new Map<string, Record<string, unknown>>();
  for (const node of nodes) {
    const id = node["@id"];
    if (typeof id === "string" && !byId.has(id)) byId.set(id, node);
  }
  const resolve = (value: unknown): unknown => {
    const id = isRecord(value) && value.name === undefined ? value["@id"] : undefined;
    return typeof id === "string" ? (byId.get(id) ?? value) : value;
  };
  const language = article.inLanguage;
  return {
    headline: cleanLine(stringOf(article.headline) ?? stringOf(article.name)),
    author: namesOf([article.author].flat().map(resolve)),
    datePublished: stringOf(article.datePublished),
    dateModified: stringOf(article.dateModified),
    publisher: namesOf([article.publisher].flat().map(resolve)),
    inLanguage: stringOf(language) ?? (isRecord(language) ? stringOf(language.alternateName) : null),
  };
}

function collectJsonLdNodes(value: unknown, into: Record<string, unknown>[], depth: number): void {
  if (depth > 3) return;
  if (Array.isArray(value)) {
    for (const item of value) collectJsonLdNodes(item, into, depth + 1);
  } else if (isRecord(value)) {
    into.push(value);
    if (Array.isArray(value["@graph"])) collectJsonLdNodes(value["@graph"], into, depth + 1);
  }
}

function namesOf(value: unknown): string | null {
  const names = [value]
    .flat()
    .map((item) => (isRecord(item) ? stringOf(item.name) : stringOf(item)))
    .map((name) => cleanLine(name))
    .filter((name): name is string => name !== null && !isUrl(name));
  return names.length ? names.join(", ") : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function stringOf(value: unknown): string | null {
  return typeof value === "string" ? value : null;
}

// ---------------------------------------------------------------------------------------------
// Value normalisation

function cleanLine(value: string | null | undefined): string | null {
  if (typeof value !== "string") return null;
  const clean = withoutInvisibles(value).normalize("NFC").replace(/\s+/g, " ").trim();
  return clean || null;
}

function cleanByline(value: string | null | undefined): string | null {
  return cleanLine(cleanLine(value)?.replace(/^by\b[\s:]*/i, ""));
}

function isUrl(value: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(value);
}

/** article:author is often a profile URL rather than a name. */
function notUrl(value: string | null): string | null {
  return value && !isUrl(value) ? value : null;
}

function firstHttpUrl(candidates: (string | null | undefined)[]): string | null {
  for (const candidate of candidates) {
    const value = candidate?.trim();
    if (!value || !/^https?:\/\//i.test(value)) continue;
    try {
      return new URL(value).href;
    } catch {
      // Not a URL after all; try the next source.
    }
  }
  return null;
}

const NON_LANGUAGES = new Set(["und", "mul", "zxx", "mis"]);

function firstLanguage(candidates: (string | null | undefined)[]): string | null {
  for (const candidate of candidates) {
    // content-language may list several ("de, en"); the first is the main one.
    const primary = (candidate ?? "").split(",")[0]?.trim().split(/[-_]/)[0]?.toLowerCase() ?? "";
    if (/^[a-z]{2,3}$/.test(primary) && !NON_LANGUAGES.has(primary)) return primary;
  }
  return null;
}

function firstDate(candidates: (string | null | undefined)[]): string | null {
  for (const candidate of candidates) {
    const date = candidate ? normaliseDate(candidate) : null;
    if (date) return date;
  }
  return null;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;
const EXPLICIT_ZONE = /(?:\b(?:GMT|UTC|Z)\b|[+-]\d{2}:?\d{2})\s*$/i;
const EARLIEST_YEAR = 1800;

function normaliseDate(raw: string): string | null {
  const value = raw.trim();
  const iso = ISO_DATE.exec(value);
  if (iso) {
    const [, year, month, day, hour, minute, second, zone] = iso;
    const date = validDate(Number(year), Number(month), Number(day));
    if (!date) return null;
    // Without a zone the time of day is ambiguous, but the calendar date is not.
    if (hour === undefined || zone === undefined) return date;
    // The outlet's own clock, as published: converting to UTC moved a late-evening story to the
    // next (or previous) calendar day in the byline (issue 15, bug 9).
    const offset = zone.toUpperCase() === "Z" || /^[+-]00:?00$/.test(zone) ? "Z" : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
    const published = `${date}T${hour}:${minute}:${second ?? "00"}${offset}`;
    return Number.isNaN(Date.parse(published)) ? null : published;
  }
  // Other formats ("May 14, 2020", RFC 2822) go through Date.parse, which needs a real year to be trusted.
  if (!/\b\d{4}\b/.test(value)) return null;
  const time = Date.parse(value);
  if (Number.isNaN(time)) return null;
  if (EXPLICIT_ZONE.test(value)) return atPublishedOffset(time, value);
  const local = new Date(time);
  return validDate(local.getFullYear(), local.getMonth() + 1, local.getDate());
}

function validDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < EARLIEST_YEAR || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/** "Thu, 21 Nov 2019 23:30:00 +0100" as 2019-11-21T23:30:00+01:00: the time on the outlet's clock. */
function atPublishedOffset(time: number, value: string): string | null {
  const zone = /([+-])(\d{2}):?(\d{2})\s*$/.exec(value);
  if (!zone || (zone[2] === "00" && zone[3] === "00")) return utcTimestamp(time);
  const minutes = (zone[1] === "-" ? -1 : 1) * (Number(zone[2]) * 60 + Number(zone[3]));
  const local = utcTimestamp(time + minutes * 60_000);
  return local && `${local.slice(0, -1)}${zone[1]}${zone[2]}:${zone[3]}`;
}

function utcTimestamp(time: number): string | null {
  if (Number.isNaN(time)) return null;
  const date = new Date(time);
  if (date.getUTCFullYear() < EARLIEST_YEAR) return null;
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}
