import path from "node:path";
import type { ActionIO } from "./actionIO.js";
import { logUntrusted, readEventPayload } from "./actionIO.js";
import { ActionInputError, actionInputVariable, inputsFromEnv, readActionInputs, type ActionInputs, type PushingMode } from "./actionInputs.js";
import { suggestFix } from "./suggestFix.js";
import { checkUserIsolation } from "../isolation/checkUserIsolation.js";
import { resolveTrigger, type Trigger } from "./resolveTrigger.js";
import { StatusComment } from "./statusComment.js";
import { tokenLogin } from "./tokenLogin.js";
import { fixBranchName, publishFix, remoteBranchSha, type Delivery } from "./publishFix.js";
import { writeActionOutputs, type ActionOutputs } from "./writeActionOutputs.js";
import { createChatModel } from "../models/index.js";
import { ModelCallError, type ChatModel } from "../models/chatModel.js";
import type { LoopEvent, LoopResult } from "../loop/loopTypes.js";
import { runPipeline, type PipelineResult } from "../loop/runPipeline.js";
import { describeLastAttempt } from "../loop/describeLastAttempt.js";
import { formatUsd } from "../models/costEstimate.js";
import { formatTimeSaved } from "../runner/focus/index.js";
import { describeRepoMap } from "../context/repoMap/describeRepoMap.js";
import { renderUsage } from "../github/renderPullRequestComment.js";
import { tailText } from "../text/clipText.js";
import { runGit } from "../git/runGit.js";
import { fetchRef } from "../git/fetchRef.js";
import { checkoutDetached } from "../git/checkoutDetached.js";
import { getDiff } from "../git/getDiff.js";
import { withCredentialsRemoved } from "../git/withCredentialsRemoved.js";
import { PushPermissionError, PushRejectedError } from "../git/gitError.js";
import { createGitHubClient, type GitHubClient } from "../github/createGitHubClient.js";
import { parseRepoFullName, type RepoRef } from "../github/repoRef.js";
import { getPullRequest, type PullRequestInfo } from "../github/getPullRequest.js";
import { getCollaboratorPermission } from "../github/collaboratorPermission.js";
import { isAllowedToTrigger } from "../github/isAllowedToTrigger.js";
import { addReaction } from "../github/addReaction.js";
import { findPullRequestForRun } from "../github/findPullRequestForRun.js";
import { findMarkedComment } from "../github/upsertMarkedComment.js";
import { listPullRequestFiles } from "../github/listPullRequestFiles.js";
import { describePriorAttempts, parseCommentMemory } from "../github/commentMemory.js";
import {
  STATUS_COMMENT_MARKER,
  attemptMemoryFromLoopResult,
  iterationRowFromRecord,
  statusFromLoopResult,
  type AttemptMemory,
  type CommentStatus,
  type IterationRow,
  type PullRequestCommentState,
} from "../github/commentState.js";
import { redact } from "../security/redactSecrets.js";
import { collectSecrets } from "../security/collectSecrets.js";
import type { IsolationReport } from "../isolation/isolationSetting.js";

/** Where the run works: the pull request (if any) and the commit under test. */
interface RunTarget {
  pr?: PullRequestInfo;
  headSha: string;
  /** Branch the fix goes into (the PR's head branch, or the pushed branch). */
  baseBranch?: string;
  triggerLabel: string;
  instructions?: string;
  /** Where the fix branch stood when the run started (null: absent); the lease for the push. */
  seenFixBranchSha?: string | null;
}

/**
 * The action: read the event, decide whether to run and who asked, check out
 * the exact commit, run the compile-fix loop with the repository's tests as
 * the judge, push the fix if it passed, and report on the pull request.
 * Never throws: every end sets the outputs and says why.
 */
export async function runAction(io: ActionIO, signal?: AbortSignal): Promise<ActionOutputs> {
  let inputs: ActionInputs;
  try {
    inputs = readActionInputs(inputsFromEnv(io.env));
  } catch (error) {
    const message = error instanceof ActionInputError ? error.message : String(error);
    io.setFailed(message);
    return writeActionOutputs(io, { ok: false, summary: `configuration error: ${message}`, failureReason: "configuration" });
  }
  const secrets = collectSecrets(io.env, { values: [inputs.apiKey, inputs.githubToken], names: [actionInputVariable("api-key"), actionInputVariable("github-token")], extraEnv: inputs.testEnv });
  for (const s of secrets) io.setSecret(s);
  const run = new ActionRun(io, inputs, secrets, signal);
  try {
    return await run.execute();
  } catch (error) {
    const message = redact(error instanceof Error ? error.message : String(error), secrets);
    io.setFailed(`compile-loop stopped on an unexpected error: ${message}`);
    await run.reportInternalError(message);
    return writeActionOutputs(io, { ok: false, summary: `error: ${message}`, failureReason: "internal", commentUrl: run.commentUrl });
  }
}

class ActionRun {
  private readonly env: NodeJS.ProcessEnv;
  private readonly workspace: string;
  private repo!: RepoRef;
  private client!: GitHubClient;
  private comment: StatusComment | undefined;
  private commentState: PullRequestCommentState | undefined;
  private readonly rows: IterationRow[] = [];
  private priorMemory: AttemptMemory[] = [];
  private isolation: IsolationReport | undefined;
  /** A fork's code runs in this secrets-holding run only under `user` isolation, never falling back. */
  private forkRunsIsolated = false;

  constructor(
    private readonly io: ActionIO,
    private readonly inputs: ActionInputs,
    private readonly secrets: string[],
    private readonly signal: AbortSignal | undefined,
  ) {
    this.env = io.env;
    this.workspace = path.resolve(this.env.GITHUB_WORKSPACE ?? process.cwd());
  }

  get commentUrl(): string | undefined {
    return this.comment?.url;
  }

  private log(message: string): void {
    this.io.info(redact(message, this.secrets));
  }

  async execute(): Promise<ActionOutputs> {
    const repoName = this.env.GITHUB_REPOSITORY ?? "";
    this.repo = parseRepoFullName(repoName);
    const payload = await readEventPayload(this.env);
    const trigger = resolveTrigger(this.env.GITHUB_EVENT_NAME ?? "", payload, this.inputs, repoName);
    if (trigger.kind === "ignored") {
      this.log(`compile-loop: nothing to do: ${trigger.reason}`);
      return writeActionOutputs(this.io, { ok: false, summary: `skipped: ${trigger.reason}`, failureReason: "not_handled" });
    }
    this.client = createGitHubClient({
      token: this.inputs.githubToken,
      ...(this.env.GITHUB_API_URL ? { baseUrl: this.env.GITHUB_API_URL } : {}),
      onRateLimit: (notice) => this.io.warning(`GitHub API rate limit: ${JSON.stringify(notice)}`),
    });

    const target = await this.resolveTarget(trigger);
    if ("skip" in target) return target.skip;
    if (this.deliveryPlan(target).push === "branch") {
      const branch = fixBranchName(this.inputs.branchPrefix, target.pr, target.baseBranch);
      target.seenFixBranchSha = await remoteBranchSha(this.workspace, branch, this.inputs.githubToken).catch(() => null);
    }

    if (target.pr) {
      // With a personal token the comments are a user's, not a bot's: only that user's marked comment is ours.
      const author = await tokenLogin(this.client, this.inputs.githubToken);
      this.comment = new StatusComment(this.client, this.repo, target.pr.number, (m) => this.io.warning(m), author);
      const existing = await findMarkedComment(this.client, this.repo, target.pr.number, STATUS_COMMENT_MARKER, author ? { authorLogin: author } : {}).catch(() => null);
      this.priorMemory = existing ? parseCommentMemory(existing.body) : [];
      this.commentState = {
        header: {
          testCommand: this.inputs.testCommand,
          trigger: target.triggerLabel,
          headSha: target.headSha,
          maxIterations: this.inputs.maxIterations,
          ...(this.runUrl() ? { runUrl: this.runUrl() } : {}),
        },
        rows: this.rows,
        status: { kind: "running", detail: "running the tests" },
        memory: this.priorMemory,
        secrets: this.secrets,
        notes: [],
      };
      if (target.pr.isFork && this.deliveryPlan(target).push === "none" && this.inputs.push !== "none") {
        const why = this.inputs.forkPrs === "push" ? "its author does not allow edits from maintainers" : "the workflow token cannot push to a fork (fork-prs: push with a token that can, where the author allows edits from maintainers, commits onto its branch)";
        this.commentState.notes?.push(`This pull request comes from a fork, and ${why}: a verified fix comes as suggested changes where they fit, else as a diff below.`);
      }
      await this.comment.write(this.commentState, { force: true });
    }

    let model: ChatModel;
    try {
      model = createChatModel(
        {
          provider: this.inputs.provider,
          ...(this.inputs.model ? { model: this.inputs.model } : {}),
          ...(this.inputs.baseUrl ? { baseURL: this.inputs.baseUrl } : {}),
          ...(this.inputs.provider === "github-models"
            ? { apiKey: this.inputs.apiKey ?? this.inputs.githubToken, apiKeySource: this.inputs.apiKey ? "the `api-key` input" : "the `github-token` input" }
            : this.inputs.apiKey
              ? { apiKey: this.inputs.apiKey, apiKeySource: "the `api-key` input" }
              : {}),
        },
        this.env,
      );
    } catch (error) {
      const message = error instanceof ModelCallError ? error.message : String(error);
      const hint = this.inputs.provider === "github-models" ? "" : ` Pass it with \`api-key: \${{ secrets.${this.inputs.provider === "anthropic" ? "ANTHROPIC_API_KEY" : "OPENAI_API_KEY"} }}\`.`;
      return this.finishWithoutLoop("configuration", `The model is not configured: ${message.replace(/\.$/, "")}.${hint}`);
    }
    if (this.comment && this.commentState?.header) this.commentState.header.model = model.id;

    const result = await withCredentialsRemoved(this.workspace, () => this.runLoop(target, model));
    if ("outputs" in result) return result.outputs;
    return this.publishAndReport(target, result.loop);
  }

  private runUrl(): string | undefined {
    const server = this.env.GITHUB_SERVER_URL ?? "https://github.com";
    return this.env.GITHUB_RUN_ID ? `${server}/${this.env.GITHUB_REPOSITORY}/actions/runs/${this.env.GITHUB_RUN_ID}` : undefined;
  }

  /** How this run delivers: suggestions first where asked and possible, then a pushing mode. */
  private deliveryPlan(target: RunTarget): { suggest: boolean; push: PushingMode; remote?: string } {
    const wanted = this.inputs.push;
    const suggest = (wanted === "auto" || wanted === "suggest") && target.pr !== undefined;
    if (target.pr?.isFork) {
      // Suggestions live on the base repository; a push can only go onto the fork's own branch, and only where its author allows it.
      const pr = target.pr;
      if (this.inputs.forkPrs === "push" && wanted !== "none" && pr.maintainerCanModify && pr.headCloneUrl !== null) return { suggest, push: "pr-branch", remote: pr.headCloneUrl };
      return { suggest, push: "none" };
    }
    if (wanted === "auto" || wanted === "suggest") return { suggest, push: "branch" };
    if (!target.pr && wanted === "pr-branch") return { suggest: false, push: "branch" };
    return { suggest: false, push: wanted };
  }

  /**
   * Whether a secrets-holding event may run a fork's code: with `fork-prs:
   * auto` only where the code runs as a separate user (then it is forced to),
   * with `report` never, with `run`/`push` always. Undefined: it may.
   */
  private async forkRefusal(prNumber: number, what: string): Promise<string | undefined> {
    if (this.inputs.forkPrs === "run" || this.inputs.forkPrs === "push") return undefined;
    if (this.inputs.forkPrs === "report") return `#${prNumber} comes from a fork; ${what} hold secrets, and fork-prs: report never runs a fork's code next to them`;
    if (this.inputs.testIsolation === "none") return `#${prNumber} comes from a fork; ${what} hold secrets, and with test-isolation: none its code could read them. Set test-isolation: auto (or user) to fix fork pull requests safely`;
    const check = await checkUserIsolation();
    if (!check.available) return `#${prNumber} comes from a fork; ${what} hold secrets, and its code can run only as a separate user, which this runner cannot provide: ${check.why}. Run on a GitHub-hosted runner, or set fork-prs: run to accept the risk`;
    this.forkRunsIsolated = true;
    return undefined;
  }

  /** Says on the pull request why a run it asked for did not happen, and what would enable it (best-effort). */
  private async commentSkip(prNumber: number, reason: string, trigger: string): Promise<void> {
    const author = await tokenLogin(this.client, this.inputs.githubToken);
    const comment = new StatusComment(this.client, this.repo, prNumber, (m) => this.io.warning(m), author);
    await comment.write({ header: { testCommand: this.inputs.testCommand, trigger }, rows: [], status: { kind: "skipped", reason }, secrets: this.secrets, notes: [] }, { force: true });
    this.comment = comment;
  }

  /** Who asked, on which pull request, at which commit; or why not. */
  private async resolveTarget(trigger: Exclude<Trigger, { kind: "ignored" }>): Promise<RunTarget | { skip: ActionOutputs }> {
    const skip = (reason: string, failureReason = "not_handled"): { skip: ActionOutputs } => {
      this.log(`compile-loop: ${reason}`);
      return { skip: writeActionOutputs(this.io, { ok: false, summary: `skipped: ${reason}`, failureReason }) };
    };
    const authorise = async (login: string): Promise<string | undefined> => {
      const permission = await getCollaboratorPermission(this.client, this.repo, login);
      const decision = isAllowedToTrigger({ permission, login, allowedUsers: this.inputs.allowedUsers, isBot: /\[bot\]$/i.test(login) });
      return decision.allowed ? undefined : decision.reason;
    };
    switch (trigger.kind) {
      case "pull_request": {
        const pr = await getPullRequest(this.client, this.repo, trigger.pr.number);
        if (pr.isFork && this.inputs.apiKey === undefined && this.inputs.provider !== "github-models") {
          // GitHub gives pull_request runs from forks no secrets and a read-only token: nothing to call a model with, nowhere to write.
          return skip(`#${pr.number} comes from a fork, and pull_request runs from forks get no secrets and a read-only token; fix fork pull requests from workflow_run instead (examples/fork-prs.yml)`, "fork");
        }
        // The commit the event is about, not whatever the branch points at now.
        await this.checkout(pr.number, trigger.pr.headSha);
        return { pr: { ...pr, headSha: trigger.pr.headSha }, headSha: trigger.pr.headSha, baseBranch: pr.headRef, triggerLabel: `pull_request by @${trigger.actor}`, ...(this.inputs.instructions ? { instructions: this.inputs.instructions } : {}) };
      }
      case "comment": {
        const refusal = await authorise(trigger.commenter);
        if (refusal) return skip(`@${trigger.commenter} may not start a run: ${refusal}`, "unauthorized");
        await addReaction(this.client, this.repo, trigger.commentId, "eyes").catch((e: unknown) => this.io.warning(`could not react to the comment: ${String(e)}`));
        const pr = await getPullRequest(this.client, this.repo, trigger.prNumber);
        const forkRefusal = pr.isFork ? await this.forkRefusal(pr.number, "/fix runs") : undefined;
        if (forkRefusal !== undefined) {
          await this.commentSkip(pr.number, forkRefusal, `${this.inputs.triggerPhrase} by @${trigger.commenter}`);
          return skip(forkRefusal, "fork");
        }
        // Pinned: the SHA read now is the one checked out and tested, even if the branch moves meanwhile.
        await this.checkout(pr.number, pr.headSha);
        const instructions = [this.inputs.instructions, trigger.instructions].filter(Boolean).join("\n\n");
        return { pr, headSha: pr.headSha, baseBranch: pr.headRef, triggerLabel: `${this.inputs.triggerPhrase} by @${trigger.commenter}`, ...(instructions ? { instructions } : {}) };
      }
      case "workflow_run": {
        const refusal = await authorise(trigger.actor);
        if (refusal) return skip(`@${trigger.actor} started the failed run but may not start a fix: ${refusal}`, "unauthorized");
        const found = await findPullRequestForRun(this.client, this.repo, {
          head_sha: trigger.headSha,
          head_branch: trigger.headBranch,
          pull_requests: trigger.pullRequestNumbers.map((number) => ({ number })),
        });
        const pr = found?.pullRequest;
        const forkRefusal = pr?.isFork ? await this.forkRefusal(pr.number, "runs after a failed workflow") : undefined;
        if (forkRefusal !== undefined && pr) {
          await this.commentSkip(pr.number, forkRefusal, `failed run of ${trigger.workflowName || "a workflow"}`);
          return skip(forkRefusal, "fork");
        }
        await this.checkout(pr?.number, trigger.headSha);
        return {
          ...(pr ? { pr } : {}),
          headSha: trigger.headSha,
          baseBranch: pr?.headRef ?? trigger.headBranch,
          triggerLabel: `failed run of ${trigger.workflowName || "a workflow"} (started by @${trigger.actor})`,
          ...(this.inputs.instructions ? { instructions: this.inputs.instructions } : {}),
        };
      }
      case "branch": {
        const head = (await runGit(this.workspace, ["rev-parse", "HEAD"])).trim();
        const branch = trigger.ref.replace(/^refs\/heads\//, "") || (await this.currentBranch());
        return { headSha: head, ...(branch ? { baseBranch: branch } : {}), triggerLabel: `${trigger.event} by @${trigger.actor || "unknown"}`, ...(this.inputs.instructions ? { instructions: this.inputs.instructions } : {}) };
      }
    }
  }

  private async currentBranch(): Promise<string | undefined> {
    const name = (await runGit(this.workspace, ["rev-parse", "--abbrev-ref", "HEAD"]).catch(() => "")).trim();
    return name && name !== "HEAD" ? name : undefined;
  }

  /** Puts the workspace at exactly `sha`, fetching it (or the PR's head ref) if the checkout lacks it. */
  private async checkout(prNumber: number | undefined, sha: string): Promise<void> {
    const present = await runGit(this.workspace, ["cat-file", "-e", `${sha}^{commit}`]).then(() => true, () => false);
    if (!present) {
      try {
        await fetchRef(this.workspace, "origin", sha, { token: this.inputs.githubToken });
      } catch {
        if (prNumber === undefined) throw new Error(`commit ${sha} is not in the checkout and could not be fetched from origin`);
        await fetchRef(this.workspace, "origin", `refs/pull/${prNumber}/head`, { token: this.inputs.githubToken });
      }
    }
    await checkoutDetached(this.workspace, sha);
    this.log(`compile-loop: checked out ${sha}`);
  }

  /** The strongest isolation the runner allows (or the one asked for), said in the log, the comment and the outputs. */
  private showIsolation(report: IsolationReport): void {
    this.isolation = report;
    this.log(`compile-loop: test isolation: ${report.level}: ${report.detail}`);
    if (report.level === "none" && this.inputs.testIsolation === "auto") this.io.warning(`compile-loop: test-isolation auto fell back to none: ${report.detail}`);
    if (this.commentState) {
      this.commentState.header.isolation = report.level;
      if (report.level === "none") this.commentState.notes?.push(`Test isolation is off: ${report.detail}`);
    }
  }

  /** The engine's whole run, with no credential on disk; the action only shows progress. */
  private async runLoop(target: RunTarget, model: ChatModel): Promise<{ loop: PipelineResult } | { outputs: ActionOutputs }> {
    const prior = this.priorMemory.length > 0 ? describePriorAttempts(this.priorMemory) : undefined;
    const loop = await runPipeline({
      repoDir: this.workspace,
      parentEnv: this.env,
      testCommand: this.inputs.testCommand,
      ...(this.inputs.setupCommand ? { setupCommand: this.inputs.setupCommand } : {}),
      testEnv: this.inputs.testEnv,
      isolation: this.forkRunsIsolated ? "user" : this.inputs.testIsolation,
      ...(this.inputs.targetFiles.length > 0 ? { include: this.inputs.targetFiles } : {}),
      ...(target.pr ? { changedFiles: async () => (target.pr ? listPullRequestFiles(this.client, this.repo, target.pr.number) : []) } : {}),
      protectedPaths: this.inputs.protectedFiles,
      model,
      editMode: this.inputs.editMode,
      maxIterations: this.inputs.maxIterations,
      timeoutMs: this.inputs.timeoutMinutes * 60_000,
      ...(this.inputs.maxTokensTotal !== undefined ? { maxTokensTotal: this.inputs.maxTokensTotal } : {}),
      ...(this.inputs.maxCostUsd !== undefined ? { maxCostUsd: this.inputs.maxCostUsd } : {}),
      focus: this.inputs.focus,
      repoMapTokens: this.inputs.repoMapTokens,
      ...(this.inputs.focusCommand ? { focusCommand: this.inputs.focusCommand } : {}),
      ...(this.inputs.testReports.length > 0 ? { testReports: this.inputs.testReports } : {}),
      ...(target.instructions ? { instructions: target.instructions } : {}),
      ...(prior ? { priorAttempts: prior } : {}),
      testTimeoutMs: this.inputs.testTimeoutSeconds * 1000,
      secrets: this.secrets,
      ...(this.signal ? { signal: this.signal } : {}),
      environment: "production",
      onEvent: (event) => this.onEngineEvent(event),
    });
    if (loop.failureReason === "configuration" || loop.failureReason === "setup_command") {
      if (loop.failureReason === "setup_command") logUntrusted(this.io, "setup command output (tail):", redact(tailText(loop.setup?.output ?? "", 4000), this.secrets));
      return { outputs: await this.finishWithoutLoop(loop.failureReason, loop.failureMessage ?? loop.summary, loop.setup?.output) };
    }
    return { loop };
  }

  private onEngineEvent(event: LoopEvent): void {
    switch (event.type) {
      case "isolation":
        this.showIsolation(event.report);
        break;
      case "setup_start":
        this.log("compile-loop: running the setup command");
        break;
      case "initial_test_start":
        this.log(`compile-loop: running the tests: ${this.inputs.testCommand}`);
        break;
      case "initial_test":
        if (event.result.ok) this.log("compile-loop: the tests already pass; nothing to fix");
        else logUntrusted(this.io, "failing test output (tail):", redact(tailText(event.result.output, 4000), this.secrets));
        break;
      case "targets_selected":
        this.log(`compile-loop: target files: ${event.files.join(", ")}`);
        break;
      case "repo_map":
        this.log(`compile-loop: ${describeRepoMap(event.report)}`);
        break;
      case "dump":
        if (event.event === "git_state_restored") this.io.warning(`compile-loop: ${String(event.fields.message)}`);
        if (event.event === "focus_notice") this.log(`compile-loop: ${String(event.fields.message)}`);
        break;
      case "iteration_end":
        this.rows.push(iterationRowFromRecord(event.record));
        this.log(`compile-loop: iteration ${event.record.iteration}: ${event.record.outcome}${event.record.filesEdited.length ? ` (edited ${event.record.filesEdited.join(", ")})` : ""}`);
        if (this.comment && this.commentState) {
          this.commentState.status = { kind: "running", detail: `iteration ${event.record.iteration} of ${this.inputs.maxIterations} done` };
          void this.comment.write(this.commentState);
        }
        break;
      default:
        break;
    }
  }

  private async publishAndReport(target: RunTarget, loop: PipelineResult): Promise<ActionOutputs> {
    const diff = loop.modifiedFiles.length > 0 ? await getDiff(this.workspace, { paths: loop.modifiedFiles }).catch(() => "") : "";
    let delivery: Delivery = { kind: "none", reason: "nothing to push" };
    let status: CommentStatus = statusFromLoopResult(loop);
    const outside = loop.editedOutsideTargets ?? [];
    if (outside.length > 0 && this.commentState) this.commentState.notes?.push(`Edited outside the initial targets (the model read them first): ${outside.map((f) => `\`${f}\``).join(", ")}.`);
    let suggestFallback: string | undefined;
    if (loop.ok && loop.modifiedFiles.length > 0) {
      const plan = this.deliveryPlan(target);
      const push = plan.push;
      try {
        if (plan.suggest && target.pr) {
          const suggested = await suggestFix({
            client: this.client,
            repo: this.repo,
            workspace: this.workspace,
            prNumber: target.pr.number,
            headSha: target.headSha,
            files: loop.modifiedFiles,
            testCommand: this.inputs.testCommand,
            summary: loop.summary,
            maxLines: this.inputs.suggestMaxLines,
            secrets: this.secrets,
          });
          if (suggested.kind === "suggested") delivery = { kind: "suggestions", reviewUrl: suggested.reviewUrl, comments: suggested.comments };
          else suggestFallback = suggested.reason;
        }
        if (delivery.kind === "none") delivery = await publishFix({
          client: this.client,
          repo: this.repo,
          workspace: this.workspace,
          push,
          branchPrefix: this.inputs.branchPrefix,
          token: this.inputs.githubToken,
          author: this.inputs.commitAuthor,
          files: loop.modifiedFiles,
          headSha: target.headSha,
          seenFixBranchSha: target.seenFixBranchSha ?? null,
          ...(target.pr ? { pr: target.pr } : {}),
          ...(target.baseBranch ? { baseBranch: target.baseBranch } : {}),
          testCommand: this.inputs.testCommand,
          summary: loop.summary,
          iterations: loop.iterations,
          ...(this.runUrl() ? { runUrl: this.runUrl() } : {}),
          secrets: this.secrets,
          ...(plan.remote !== undefined ? { remote: plan.remote } : {}),
        });
      } catch (error) {
        const message = redact(error instanceof Error ? error.message : String(error), this.secrets);
        const kind = error instanceof PushPermissionError ? "push_permission" : error instanceof PushRejectedError ? "push_rejected" : "internal";
        const advice: Record<typeof kind, string> = {
          push_rejected: `The fix passed the tests but was not pushed: the branch moved since this run read it, and nothing was overwritten. Run again to fix the new head. (${message})`,
          push_permission: `The fix passed the tests but the token may not push: ${message} Grant \`contents: write\` (and \`pull-requests: write\`) to the workflow.`,
          internal: `The fix passed the tests but could not be committed or pushed: ${message}`,
        };
        status = { kind: "failure", summary: `${loop.summary}, but the push failed`, failureReason: kind, failureMessage: advice[kind] };
        delivery = { kind: "failed", reason: message };
      }
      if (status.kind === "success") {
        if (delivery.kind === "branch") {
          status.branch = delivery.branch;
          if (delivery.pullRequest) status.fixPullRequest = { number: delivery.pullRequest.number, url: delivery.pullRequest.html_url };
          status.delivery = delivery.pullRequest
            ? `Pushed to \`${delivery.branch}\`; review and merge the fix PR.`
            : delivery.pullRequestError
              ? `Pushed to \`${delivery.branch}\`, but the fix PR could not be opened (${redact(delivery.pullRequestError, this.secrets)}). Open it by hand, or allow GitHub Actions to create pull requests (Settings → Actions → General) and run again.`
              : `Pushed to \`${delivery.branch}\`.`;
          if (delivery.pullRequestError) this.io.warning(redact(`compile-loop: pushed ${delivery.branch} but could not open the fix PR: ${delivery.pullRequestError}`, this.secrets));
        } else if (delivery.kind === "suggestions") {
          status.delivery = `Suggested as ${delivery.comments} change${delivery.comments === 1 ? "" : "s"} in [a review](${delivery.reviewUrl}); commit them from the pull request's Files tab.`;
        } else if (delivery.kind === "pr-branch") {
          status.branch = delivery.branch;
          status.delivery = `Committed onto this pull request's branch \`${delivery.branch}\` (${delivery.sha.slice(0, 7)}).`;
        } else {
          status.delivery = "Not pushed (push: none or a fork); the diff is below.";
        }
        if (suggestFallback !== undefined) {
          status.delivery = `Not suggested: ${suggestFallback}. ${status.delivery ?? ""}`.trim();
          this.log(`compile-loop: not delivered as suggestions: ${suggestFallback}`);
        }
      }
    }
    const memory = [...this.priorMemory, attemptMemoryFromLoopResult(loop, { at: new Date().toISOString(), headSha: target.headSha, ...(target.instructions ? { instructions: target.instructions } : {}) })];
    const ok = loop.ok && delivery.kind !== "failed";
    if (this.comment && this.commentState) {
      this.commentState.status = status;
      this.commentState.memory = memory;
      this.commentState.usage = runUsage(loop);
      if (diff) this.commentState.diff = diff;
      await this.comment.write(this.commentState, { force: true });
    }
    if (!loop.ok) {
      this.io.warning(redact(`compile-loop gave up: ${loop.summary} (${loop.failureReason ?? ""}): ${loop.failureMessage ?? ""}`, this.secrets));
      const last = describeLastAttempt(loop);
      if (last.replyNote !== undefined) this.log(`compile-loop: ${last.replyNote}`);
      if (last.testOutput.trim() !== "") logUntrusted(this.io, "last test output (tail):", redact(tailText(last.testOutput, 3000), this.secrets));
    } else if (status.kind === "failure") {
      // The fix passed but did not reach the branch: as visible as a give-up.
      this.io.warning(redact(`compile-loop: ${status.summary} (${status.failureReason ?? ""}): ${status.failureMessage ?? ""}`, this.secrets));
    } else {
      this.log(`compile-loop: ${loop.summary}`);
    }
    if (diff) logUntrusted(this.io, "the fix:", redact(diff, this.secrets));
    const outputs = writeActionOutputs(this.io, {
      ok,
      iterations: loop.iterations,
      summary: status.kind === "failure" && loop.ok ? status.summary : loop.summary,
      failureReason: loop.ok ? (status.kind === "failure" ? (status.failureReason ?? "") : "") : (loop.failureReason ?? ""),
      modifiedFiles: loop.modifiedFiles,
      ...(delivery.kind === "branch" || delivery.kind === "pr-branch" ? { branch: delivery.branch } : {}),
      ...(delivery.kind === "branch" && delivery.pullRequest ? { pullRequestNumber: delivery.pullRequest.number, pullRequestUrl: delivery.pullRequest.html_url } : {}),
      ...(delivery.kind === "suggestions" ? { reviewUrl: delivery.reviewUrl } : {}),
      usage: runUsage(loop),
      commentUrl: this.comment?.url,
      isolation: this.isolation?.level,
    });
    await this.io.appendSummary(redact(jobSummary(this.inputs.testCommand, loop, this.rows, status, this.isolation), this.secrets)).catch(() => undefined);
    return outputs;
  }

  /** Ends a run that never reached the loop (configuration, setup): comment and outputs say why. */
  private async finishWithoutLoop(reason: string, message: string, output?: string): Promise<ActionOutputs> {
    const text = redact(message, this.secrets);
    this.io.setFailed(text);
    if (this.comment && this.commentState) {
      // The reason is in the sentence; the loop's failure-reason codes do not apply to a run that never reached the loop.
      const summary = reason === "configuration" ? "compile-loop is not configured" : reason === "setup_command" ? "the setup command failed" : `stopped: ${reason}`;
      this.commentState.status = { kind: "failure", summary, failureMessage: text, ...(output ? { errorTail: redact(tailText(output, 3000), this.secrets) } : {}) };
      await this.comment.write(this.commentState, { force: true });
    }
    return writeActionOutputs(this.io, { ok: false, summary: text, failureReason: reason, commentUrl: this.comment?.url, isolation: this.isolation?.level });
  }

  async reportInternalError(message: string): Promise<void> {
    if (!this.comment || !this.commentState) return;
    this.commentState.status = { kind: "failure", summary: "compile-loop stopped on an unexpected error", failureReason: "internal", failureMessage: message };
    await this.comment.write(this.commentState, { force: true });
  }
}


function jobSummary(testCommand: string, loop: PipelineResult, rows: IterationRow[], status: CommentStatus, isolation: IsolationReport | undefined): string {
  const lines = [`## compile-loop: ${loop.ok ? "✅" : "❌"} ${status.kind === "failure" || status.kind === "success" ? status.summary : loop.summary}`, "", `Test command: \`${testCommand}\``, ""];
  if (isolation) lines.push(`Test isolation: \`${isolation.level}\`: ${isolation.detail}`, "");
  if (rows.length > 0) {
    lines.push("| # | result | exit | files edited | tokens | cost | test run | time |", "|---|---|---|---|---|---|---|---|");
    for (const r of rows) lines.push(`| ${r.iteration} | ${r.result} | ${r.exitCode ?? "–"} | ${r.filesEdited.join(", ") || "–"} | ${r.tokens} | ${r.costUsd === undefined ? "–" : formatUsd(r.costUsd)} | ${r.testRun ?? "–"} | ${(r.durationMs / 1000).toFixed(1)} s |`);
  }
  if (loop.focus && loop.focus.focusedRuns > 0) lines.push("", formatTimeSaved(loop.focus));
  const usage = renderUsage(runUsage(loop));
  if (usage !== "") lines.push("", usage);
  if (!loop.ok && loop.failureReason) {
    const last = describeLastAttempt(loop);
    lines.push("", `**${loop.failureReason}**: ${loop.failureMessage ?? ""}${last.replyNote ? ` ${last.replyNote}` : ""}`);
    if (last.testOutput.trim() !== "") lines.push("", "<details><summary>Last test failure (tail)</summary>", "", "```text", tailText(last.testOutput, 3000).replace(/```/g, "ʼʼʼ"), "```", "", "</details>");
  }
  return `${lines.join("\n")}\n`;
}

function runUsage(loop: LoopResult): { inputTokens: number; outputTokens: number; costUsd?: number } {
  return { inputTokens: loop.usage.inputTokens, outputTokens: loop.usage.outputTokens, ...(loop.costUsd !== undefined ? { costUsd: loop.costUsd } : {}) };
}
