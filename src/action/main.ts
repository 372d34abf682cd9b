import { createCoreActionIO } from "./coreActionIO.js";
import { runAction } from "./runAction.js";

// The action's entry point, as GitHub runs it (runs.main in action.yml).
const io = createCoreActionIO();
const controller = new AbortController();
// A cancelled workflow sends SIGINT then SIGTERM: stop the model call and the tests, then report.
process.on("SIGINT", () => controller.abort());
process.on("SIGTERM", () => controller.abort());
await runAction(io, controller.signal);
