/**
 * Events and webhooks name what happened in the past tense (`claim.created`, docs/contract/API.md,
 * Additions); the audit trail names the verb (`claim.create`).
 */
const irregular: Record<string, string> = {
  send_back: "sent_back",
  revise_text: "text_revised",
  preference: "preference_changed",
  password_reset: "password_reset",
};

export function pastTense(verb: string): string {
  if (irregular[verb]) return irregular[verb];
  if (verb.endsWith("e")) return `${verb}d`;
  return `${verb}ed`;
}
