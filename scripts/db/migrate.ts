/** Applies pending migrations to the database DATABASE_URL names (SQLite file by default). */
import { applyMigrations } from "./apply-migrations";

applyMigrations();
