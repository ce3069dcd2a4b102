import type { Metadata } from "next";
import { ApiReference } from "@/features/api-reference/ApiReference";
import { openApiDocument } from "@/server/openapi/document";

export const metadata: Metadata = {
  title: "API reference",
  description: "Claimboard's public API, version 1: endpoints, fields, errors and limits.",
};

/** Public, like the document it renders (GET /api/v1/openapi.json). */
export default function ApiReferencePage() {
  return <ApiReference document={openApiDocument()} />;
}
