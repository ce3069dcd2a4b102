/**
 * Whether a webhook's URL may be delivered to: the outbound policy that import by URL obeys
 * (public addresses only, unless FETCH_ALLOW_HOSTS names the host:port), checked when the URL is
 * registered or changed, and again at every delivery (DNS may change in between).
 */
import { invalidInput } from "@/domain/errors";
import { OutboundRefusal, resolveOutboundTarget } from "@/server/net/outbound-policy";

export async function assertDeliverableUrl(url: string): Promise<string> {
  try {
    const target = await resolveOutboundTarget(url);
    return target.url.href;
  } catch (error) {
    if (error instanceof OutboundRefusal) {
      throw invalidInput(`The webhook URL is refused: ${error.message}`, [{ path: "url", message: error.message }]);
    }
    throw error;
  }
}
