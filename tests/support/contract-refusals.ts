/** The refusals every operation of a kind has: 401 without credentials, 413 for an oversized body. */
import { expect, it } from "vitest";
import { tokenFor } from "./api";
import { anyParams, type contract, documentedStatuses, isPublic, oversizedBody } from "./contract";

export function itRefusesWithoutCredentialsAndOversizedBodies(c: ReturnType<typeof contract>, operationIds: readonly string[]) {
  const needAuth = operationIds.filter((id) => !isPublic(id));
  it.each(needAuth)("%s answers 401 without a token or session, and 401 with a revoked-looking token", async (id) => {
    const res = await c.send(id, { params: anyParams(id), body: documentedStatuses(id).includes(413) ? {} : undefined });
    expect(res.status).toBe(401);
    expect(res.body!.error.code).toBe("unauthenticated");
    expect((await c.send(id, { params: anyParams(id), token: "cb_unknown" })).status).toBe(401);
  });

  const withBody = operationIds.filter((id) => documentedStatuses(id).includes(413));
  it.each(withBody)("%s answers 413 to a body over 2 MiB", async (id) => {
    const { token } = await tokenFor("editor");
    const res = await c.send(id, { params: anyParams(id), token, rawBody: oversizedBody() });
    expect(res.status).toBe(413);
    expect(res.body!.error).toMatchObject({ code: "payload_too_large", message: "The body is larger than 2 MiB." });
  });
}
