/**
 * The event names the admin page offers to pick (the API takes any `<entity>.<action>` name): what
 * the audited changes of a story announce (src/domain/events/past-tense.ts names the actions).
 */
export const EVENT_CHOICES: readonly { entity: string; label: string; actions: readonly string[] }[] = [
  { entity: "story", label: "Stories", actions: ["created", "updated", "imported"] },
  { entity: "article", label: "Articles", actions: ["created", "updated", "text_revised", "imported"] },
  { entity: "claim", label: "Claims", actions: ["created", "updated", "deleted", "restored", "approved", "sent_back", "reanchored", "orphaned"] },
  { entity: "proposition", label: "Propositions", actions: ["created", "updated", "deleted", "restored"] },
  { entity: "link", label: "Links", actions: ["created", "updated", "deleted", "restored", "approved", "sent_back"] },
  { entity: "comment", label: "Comments", actions: ["created", "updated", "deleted"] },
];

export const ALL_EVENTS = "*";
