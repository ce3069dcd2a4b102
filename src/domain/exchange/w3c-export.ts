/**
 * The `w3c` export: W3C Web Annotation Data Model (JSON-LD) as an AnnotationCollection.
 * - Each claim is an annotation on its article's text: the target is a SpecificResource with a
 *   TextQuoteSelector and a TextPositionSelector (offsets in UTF-16 code units into the named
 *   revision); the bodies are the statement (describing), the sourcing (classifying), the source
 *   (identifying) and the cue words (commenting).
 * - Each link is a `linking` annotation whose target is the claim's annotation and whose bodies are
 *   the proposition (its IRI and its statement) and the stance (classifying).
 * Every annotation passes the MUST assertions of the W3C test suite (tests/unit/export-w3c.test.ts).
 */
import type { ExportedArticle, ExportedClaim, ExportedLink, ExportedProposition, StoryExport } from "./format";

export const ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld";

type Json = Record<string, unknown>;

const textual = (value: string, purpose: string, language?: string): Json => ({
  type: "TextualBody",
  value,
  format: "text/plain",
  ...(language && { language }),
  purpose,
});

const person = (name: string | null): Json | undefined => (name ? { type: "Person", name } : undefined);

export function storyToWebAnnotations(doc: StoryExport, baseUrl: string): Json {
  const generator = { id: baseUrl, type: "Software", name: "Claimboard", homepage: baseUrl };
  const claimIri = (id: string) => `${baseUrl}/api/v1/claims/${id}`;
  const items: Json[] = [];
  for (const article of doc.articles) {
    for (const claim of article.claims) items.push(claimAnnotation(article, claim, { baseUrl, generator, id: claimIri(claim.id) }));
  }
  for (const proposition of doc.propositions) {
    for (const link of proposition.links) items.push(linkAnnotation(proposition, link, { baseUrl, generator, target: claimIri(link.claimId) }));
  }
  const collectionId = `${baseUrl}/api/v1/stories/${doc.story.id}/export?format=w3c`;
  return {
    "@context": ANNO_CONTEXT,
    id: collectionId,
    type: "AnnotationCollection",
    label: doc.story.title,
    total: items.length,
    ...(items.length > 0 && {
      first: { id: `${collectionId}#page-1`, type: "AnnotationPage", startIndex: 0, items },
    }),
  };
}

function claimAnnotation(article: ExportedArticle, claim: ExportedClaim, ctx: { baseUrl: string; generator: Json; id: string }): Json {
  const bodies = [
    textual(claim.statement, "describing", article.language),
    textual(claim.sourcing, "classifying", "en"),
    ...(claim.source ? [textual(claim.source, "identifying", article.language)] : []),
    ...(claim.cue ? [textual(`Cue words: ${claim.cue}`, "commenting", article.language)] : []),
  ];
  const creator = person(claim.createdBy);
  const revisionDate = article.revisions.find((r) => r.number === claim.revision)?.createdAt;
  return {
    "@context": ANNO_CONTEXT,
    id: ctx.id,
    type: "Annotation",
    motivation: "classifying",
    ...(creator && { creator }),
    created: claim.createdAt,
    modified: claim.updatedAt,
    generator: ctx.generator,
    body: bodies,
    target: {
      source: `${ctx.baseUrl}/api/v1/articles/${article.id}`,
      // The offsets refer to the text as it was when this revision was saved.
      ...(revisionDate && { state: { type: "TimeState", sourceDate: revisionDate } }),
      selector: [
        { type: "TextQuoteSelector", exact: claim.selector.exact, prefix: claim.selector.prefix, suffix: claim.selector.suffix },
        { type: "TextPositionSelector", start: claim.selector.start, end: claim.selector.end },
      ],
      ...(article.url && { scope: article.url }),
    },
  };
}

function linkAnnotation(proposition: ExportedProposition, link: ExportedLink, ctx: { baseUrl: string; generator: Json; target: string }): Json {
  const creator = person(link.createdBy);
  return {
    "@context": ANNO_CONTEXT,
    id: `${ctx.baseUrl}/api/v1/links/${link.id}`,
    type: "Annotation",
    motivation: "linking",
    ...(creator && { creator }),
    created: link.createdAt,
    modified: link.updatedAt,
    generator: ctx.generator,
    body: [
      { id: `${ctx.baseUrl}/api/v1/propositions/${proposition.id}`, type: "Text" },
      textual(proposition.statement, "describing"),
      textual(link.stance, "classifying", "en"),
      ...(link.note ? [textual(link.note, "commenting")] : []),
    ],
    target: ctx.target,
  };
}
