import type { Role } from "@/domain/vocabulary";

/** The signed-in person (browser session or API token) on whose behalf the domain acts. */
export interface Actor {
  userId: string;
  name: string;
  email: string;
  role: Role;
}
