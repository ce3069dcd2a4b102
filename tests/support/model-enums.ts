import { readFileSync } from "node:fs";

const model = () => readFileSync("prisma/model.prisma", "utf8");

/** The enums declared in prisma/model.prisma, with their values in order. */
export function modelEnums(): Map<string, string[]> {
  const enums = new Map<string, string[]>();
  for (const m of model().matchAll(/^enum (\w+) \{([^}]*)\}/gm)) {
    enums.set(
      m[1]!,
      m[2]!
        .split("\n")
        .map((l) => l.trim())
        .filter((l) => l && !l.startsWith("//")),
    );
  }
  return enums;
}

/** Every model column whose type is one of the enums, with its table name (@@map). */
export function enumColumns(): { table: string; column: string; enumName: string }[] {
  const enums = modelEnums();
  const out: { table: string; column: string; enumName: string }[] = [];
  for (const m of model().matchAll(/^model (\w+) \{([^}]*)\}/gm)) {
    const body = m[2]!;
    const table = /@@map\("([^"]+)"\)/.exec(body)?.[1] ?? m[1]!;
    for (const line of body.split("\n")) {
      const field = /^\s+(\w+)\s+(\w+)\??(\s|$)/.exec(line);
      if (field && enums.has(field[2]!)) out.push({ table, column: field[1]!, enumName: field[2]! });
    }
  }
  return out;
}
