import type { EditMode } from "../loop/loopTypes.js";

import type { ProviderName } from "../models/createChatModel.js";
import type { IsolationSetting } from "../isolation/isolationSetting.js";

export type { ProviderName };

/** Everything the command line can say, parsed and checked. */
export interface CliOptions {
  test: string;
  setup?: string;
  files?: string[];
  protect: string[];
  provider: ProviderName;
  model?: string;
  baseUrl?: string;
  apiKeyEnv?: string;
  maxIterations: number;
  editMode: EditMode;
  instructions?: string;
  testTimeoutSeconds?: number;
  timeoutSeconds?: number;
  maxTokensTotal?: number;
  /** Re-run only the failing tests during iterations (--no-focus turns it off). */
  focus: "auto" | "off";
  focusCommand?: string;
  testReports?: string[];
  /** Estimated tokens of the repository map in the prompt; 0: no map. */
  repoMapTokens: number;
  /** Spending cap in US dollars (--max-cost). */
  maxCostUsd?: number;
  testEnv: Record<string, string>;
  dryRun: boolean;
  commit: boolean;
  json: boolean;
  record?: string;
  replay?: string;
  quiet: boolean;
  verbose: boolean;
  allowDirty: boolean;
  /** Who the setup and test commands run as; the CLI defaults to `none` (it runs the developer's own tools). */
  isolate: IsolationSetting;
}

/** A mistake on the command line; exit code 2 with this message. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}
