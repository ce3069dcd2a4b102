import path from "node:path";
import { describe, expect, it } from "vitest";
import { EnvError, listenArgs, parseEnv } from "@/config/env";

describe("environment", () => {
  it("runs on the embedded default with nothing set", () => {
    const e = parseEnv({});
    expect(e.DATABASE_URL).toBe("file:./data/claimboard.db");
    expect(e.PORT).toBe(3000);
    expect(e.DATA_DIR).toBe(path.resolve("data"));
    expect(e.BETTER_AUTH_SECRET).toBeUndefined();
  });

  it("accepts a PostgreSQL URL and treats empty values as unset", () => {
    const e = parseEnv({ DATABASE_URL: "postgresql://u@localhost:5432/cb", PORT: "", APP_URL: " " });
    expect(e.DATABASE_URL).toBe("postgresql://u@localhost:5432/cb");
    expect(e.PORT).toBe(3000);
    expect(e.APP_URL).toBeUndefined();
  });

  it("names every wrong variable with what is expected", () => {
    try {
      parseEnv({
        DATABASE_URL: "mysql://x",
        PORT: "99999",
        BETTER_AUTH_SECRET: "short",
        DEMO_PASSWORD: "123",
        APP_URL: "localhost",
        FETCH_ALLOW_HOSTS: "127.0.0.1",
      });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(EnvError);
      const problems = (error as EnvError).problems.join("\n");
      expect(problems).toMatch(/^DATABASE_URL: must be a SQLite/m);
      expect(problems).toMatch(/^PORT: must be between 1 and 65535/m);
      expect(problems).toMatch(/^BETTER_AUTH_SECRET: must be at least 32 characters/m);
      expect(problems).toMatch(/^DEMO_PASSWORD: must be at least 8 characters/m);
      expect(problems).toMatch(/^APP_URL: must be the public origin/m);
      expect(problems).toMatch(/^FETCH_ALLOW_HOSTS: "127.0.0.1" is not a host:port entry/m);
    }
  });

  // Issue 14: the server listened on every interface even with HOSTNAME=127.0.0.1.
  it("passes HOSTNAME to next start as -H, and listens everywhere only when it is unset", () => {
    expect(listenArgs(parseEnv({ PORT: "3403", HOSTNAME: "127.0.0.1" }))).toEqual(["-p", "3403", "-H", "127.0.0.1"]);
    expect(listenArgs(parseEnv({ HOSTNAME: "::1" }))).toEqual(["-p", "3000", "-H", "::1"]);
    expect(listenArgs(parseEnv({ HOSTNAME: "" }))).toEqual(["-p", "3000"]);
    expect(listenArgs(parseEnv({}))).toEqual(["-p", "3000"]);
    expect(() => parseEnv({ HOSTNAME: "127.0.0.1 --inspect" })).toThrow(EnvError);
  });
});
