import type { ActionIO } from "./actionIO.js";
import type { IsolationLevel } from "../runner/commandIsolation.js";

/** Every output the action declares; each run sets all of them, empty when not applicable. */
export interface ActionOutputs {
  ok: boolean;
  iterations?: number;
  summary: string;
  failureReason?: string;
  modifiedFiles?: string[];
  branch?: string;
  pullRequestNumber?: number;
  pullRequestUrl?: string;
  commentUrl?: string | undefined;
  usage?: { inputTokens: number; outputTokens: number; costUsd?: number };
  /** The review holding the suggested changes, when the fix was delivered that way. */
  reviewUrl?: string;
  /** The isolation level the code under test ran with; empty when nothing ran. */
  isolation?: IsolationLevel | undefined;
}

export function writeActionOutputs(io: Pick<ActionIO, "setOutput">, outputs: ActionOutputs): ActionOutputs {
  io.setOutput("ok", outputs.ok ? "true" : "false");
  io.setOutput("iterations", String(outputs.iterations ?? 0));
  io.setOutput("summary", outputs.summary);
  io.setOutput("failure-reason", outputs.ok ? "" : (outputs.failureReason ?? ""));
  io.setOutput("modified-files", JSON.stringify(outputs.modifiedFiles ?? []));
  io.setOutput("branch", outputs.branch ?? "");
  io.setOutput("pull-request-number", outputs.pullRequestNumber === undefined ? "" : String(outputs.pullRequestNumber));
  io.setOutput("pull-request-url", outputs.pullRequestUrl ?? "");
  io.setOutput("comment-url", outputs.commentUrl ?? "");
  io.setOutput("isolation", outputs.isolation ?? "");
  io.setOutput("review-url", outputs.reviewUrl ?? "");
  io.setOutput("input-tokens", String(outputs.usage?.inputTokens ?? 0));
  io.setOutput("output-tokens", String(outputs.usage?.outputTokens ?? 0));
  io.setOutput("cost-usd", outputs.usage?.costUsd === undefined ? "" : outputs.usage.costUsd.toFixed(6));
  return outputs;
}
