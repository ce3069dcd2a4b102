import { DomainError } from "@/domain/errors";
import { publicRoute } from "@/server/http/route";

// Unknown API paths answer in the API's error shape rather than with an HTML page.
const notAnEndpoint = publicRoute<{ rest: string[] }>(async ({ request }) => {
  throw new DomainError("not_found", `There is no endpoint ${request.method} ${new URL(request.url).pathname}.`);
});

export { notAnEndpoint as GET, notAnEndpoint as POST, notAnEndpoint as PUT, notAnEndpoint as PATCH, notAnEndpoint as DELETE };
