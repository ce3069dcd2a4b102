import type { Role } from "@/domain/vocabulary";

/** The demo accounts the seed creates, one per role. Their password is DEMO_PASSWORD. */
export const demoAccounts: { email: string; name: string; role: Role }[] = [
  { email: "admin@claimboard.local", name: "Ada Admin", role: "admin" },
  { email: "editor@claimboard.local", name: "Edith Editor", role: "editor" },
  { email: "analyst@claimboard.local", name: "Andrés Analyst", role: "analyst" },
  { email: "viewer@claimboard.local", name: "Vera Viewer", role: "viewer" },
];
