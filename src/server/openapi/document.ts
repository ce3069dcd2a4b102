/**
 * The OpenAPI 3.1 description of the API (served at GET /api/v1/openapi.json and rendered at
 * /api-reference), generated from the zod schemas that validate requests and describe answers.
 */
import { createDocument, type oas31 } from "zod-openapi";
import { apiLimits } from "./limits";
import { eventSchemas } from "./operations/events";
import { operationGroups } from "@/server/openapi/operations/index";
import type { ApiOperation } from "./registry";

export const API_VERSION = "1.0.0";

export const tags: oas31.TagObject[] = [
  { name: "Tokens", description: "Exchange a password for an API token; list and revoke your tokens." },
  { name: "Stories", description: "A story gathers the articles that cover one event." },
  { name: "Articles", description: "Articles and their text revisions." },
  { name: "Claims", description: "What an article asserts, anchored to its exact words, with its sourcing." },
  { name: "Propositions", description: "Story-level points that claims of different articles speak to, with the editors' verdict." },
  { name: "Links", description: "A claim tied to a proposition with a stance (supports or contradicts)." },
  {
    name: "Assistance",
    description:
      "Suggestions: claims worth recording in an article, and the claims and propositions a claim may match. People decide; nothing is recorded until they do.",
  },
  { name: "Coverage over time", description: "Re-fetching articles from their pages, what each revision changed, and the story's timeline." },
  { name: "Comparison", description: "Where the articles agree, diverge, differ in sourcing, or report alone." },
  { name: "Review", description: "Editors approve claims and links, or send them back to their authors; the queue of what waits." },
  { name: "Comments", description: "Discussion beside claims, propositions and links." },
  {
    name: "Assignments",
    description:
      "Work given to people: an article or a story, shared or in an independent round (each assignee reads only their own claims and links on it until an editor closes the round).",
  },
  { name: "Agreement", description: "How far independent annotators agree (spans, sourcing, sources, stances), adjudication and closing rounds." },
  { name: "Exchange", description: "Export a story (json, csv, W3C Web Annotations, ClaimReview); import a story, or claims from a CSV." },
  { name: "Activity", description: "The audit trail: every change, who made it and when." },
  { name: "Notifications", description: "What you are told: assignments, decisions on your work, replies and mentions; live on your own channel." },
  { name: "Events", description: "Changes as they happen, pushed to clients as Server-Sent Events, and who else is on a story." },
  { name: "Accounts", description: "People's accounts, managed by admins." },
  { name: "Webhooks", description: "Outbound webhooks, managed by admins: signed deliveries of story events, retried, with a delivery log." },
  { name: "Meta", description: "This description, and what any other path answers." },
];

const description = `Claimboard's public API. The UI and the API share one domain layer: anything a person can do in the UI, a client can do here.

## Conventions
- JSON in and out (\`Content-Type: application/json\`), UTF-8. Timestamps ISO 8601. Ids are strings.
- **Authentication:** \`POST /api/v1/tokens\` with \`{ "email", "password" }\` answers \`201 { "token" }\`; send \`Authorization: Bearer <token>\`. Browser sessions work too. Every endpoint but \`tokens\` and \`openapi.json\` answers 401 without one or the other.
- **Errors** always have one shape: \`{ "error": { "code", "message", "details"?: [{ "path", "message" }], "requestId" } }\`: 400 invalid input (each bad field named by its path), 401, 403 (role not allowed), 404, 409 (stale \`version\`, or a conflicting state), 413 (body too large). A refused request changes nothing.
- **Lists** take \`?limit=&cursor=\` and answer \`{ "items": [...], "nextCursor": string | null }\`; pass \`nextCursor\` back as \`cursor\` for the next page.
- **Versions:** every mutable resource has an integer \`version\`. \`PATCH\`, \`PUT\` and \`DELETE\` send the \`version\` the client last saw; a stale one answers 409 and changes nothing.
- **Roles** are cumulative: viewer < analyst < editor < admin. Viewers read; analysts create and change their own work; editors change everything and approve.

## Limits
${apiLimits.map((l) => `- **${l.name}:** ${l.value}. ${l.detail}`).join("\n")}
`;

/** Operations grouped into OpenAPI paths, in registration order. */
export function allOperations(): ApiOperation[] {
  return operationGroups.flat();
}

let cached: oas31.OpenAPIObject | undefined;

export function openApiDocument(): oas31.OpenAPIObject {
  if (cached) return cached;
  const paths: Record<string, Record<string, ApiOperation["operation"]>> = {};
  for (const op of allOperations()) {
    const item = (paths[op.path] ??= {});
    if (item[op.method]) throw new Error(`The operation ${op.method.toUpperCase()} ${op.path} is registered twice.`);
    item[op.method] = op.operation;
  }
  cached = createDocument({
    openapi: "3.1.0",
    info: { title: "Claimboard API", version: API_VERSION, description },
    tags,
    security: [{ bearerToken: [] }, { sessionCookie: [] }],
    components: {
      schemas: eventSchemas,
      securitySchemes: {
        bearerToken: { type: "http", scheme: "bearer", description: "A token from `POST /api/v1/tokens`." },
        sessionCookie: {
          type: "apiKey",
          in: "cookie",
          name: "better-auth.session_token",
          description: "The browser session of a signed-in user (writes must come from the same origin).",
        },
      },
    },
    paths,
  });
  return cached;
}
