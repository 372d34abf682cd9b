import * as core from "@actions/core";
import type { ActionIO } from "./actionIO.js";

/** ActionIO over @actions/core: outputs to GITHUB_OUTPUT, summary to GITHUB_STEP_SUMMARY, masking via ::add-mask::. */
export function createCoreActionIO(env: NodeJS.ProcessEnv = process.env): ActionIO {
  return {
    env,
    info: (m) => core.info(m),
    warning: (m) => core.warning(m),
    error: (m) => core.error(m),
    setSecret: (v) => core.setSecret(v),
    setOutput: (n, v) => core.setOutput(n, v),
    appendSummary: async (markdown) => {
      if (!env.GITHUB_STEP_SUMMARY) return;
      await core.summary.addRaw(markdown, true).write();
    },
    setFailed: (m) => core.setFailed(m),
  };
}
