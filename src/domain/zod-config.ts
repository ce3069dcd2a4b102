/** Plain-words messages for zod's generic failures, shared by every boundary. */
import { z } from "zod";

z.config({
  customError: (issue) => {
    if (issue.input === undefined && issue.code === "invalid_type") return "is required";
    if (issue.code === "invalid_type") return `must be ${issue.expected === "int" ? "a whole number" : `a ${issue.expected}`}`;
    if (issue.code === "unrecognized_keys") return `has unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")}`;
    return undefined;
  },
});
