// Worker thread of the parsing pool (src/domain/parsing/pool.ts). Plain JavaScript outside the
// Next.js bundle: loaded by path at run time, it compiles the TypeScript parsers with tsx (a
// production dependency), so the built server and the tests run the very same code.
import { tsImport } from "tsx/esm/api";

const here = import.meta.url;
let tasks;
async function load() {
  tasks ??= await tsImport("./tasks.ts", here);
  return tasks;
}

/**
 * Piscina calls the default export once per task; whatever it throws reaches the caller through a
 * structured clone, which keeps only an Error's message and stack. A domain error is thrown as a
 * plain object instead, so its code and details arrive and the pool rebuilds it.
 */
export default async function run(task) {
  const { runTask } = await load();
  try {
    return await runTask(task);
  } catch (error) {
    if (error?.name === "DomainError") throw { name: "DomainError", code: error.code, message: error.message, details: error.details };
    throw error;
  }
}
