/**
 * What went wrong fetching a page, as the API's errors: the address itself is the client's
 * problem (400 naming `url`), a page of the wrong kind or size is 422, and a site that cannot be
 * had (unknown host, timeout, redirects, an error status, a dropped connection) is 502.
 */
import { DomainError, invalidInput } from "@/domain/errors";
import { FetchFailure } from "@/server/net/fetch-page";
import { OutboundRefusal } from "@/server/net/outbound-policy";

export function fetchErrorAsDomainError(error: unknown, path = "url"): unknown {
  const details = (message: string) => [{ path, message }];
  if (error instanceof OutboundRefusal) {
    if (error.reason === "unresolvable") return new DomainError("upstream_failed", error.message, details("names a host that could not be found"));
    return invalidInput(
      error.message,
      details(error.reason === "refused_address" ? "points at an address Claimboard does not fetch" : "is not an http(s) URL"),
    );
  }
  if (error instanceof FetchFailure) {
    const what: Record<FetchFailure["reason"], string> = {
      timeout: "did not answer in time",
      too_large: "is too large",
      too_many_redirects: "redirects too many times",
      unsupported_type: "is not an HTML or text page",
      http_status: `answered ${error.status ?? "an error"}`,
      network: "could not be reached",
    };
    const code = error.reason === "too_large" || error.reason === "unsupported_type" ? "unprocessable" : "upstream_failed";
    return new DomainError(code, `${error.message} Nothing was saved.`, details(what[error.reason]));
  }
  return error;
}
