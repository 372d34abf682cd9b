/**
 * One action scenario: a loopback GitHub with the repository and its pull
 * request, a loopback model server, and a bare origin with the PR branch.
 * `close()` stops both servers and removes the directories (call it in afterEach).
 */
import { startGitHubServer, type FakePullRequest, type FakeRepo, type GitHubServer } from "../support/githubServer.js";
import { startOpenAIServer, type OpenAITestServer } from "../support/openaiServer.js";
import { createOriginWithPullRequest, runActionBundle, type ActionRunRequest, type ActionRunResult, type OriginOptions, type OriginRepo } from "../support/actionHarness.js";
import { REPO } from "../support/webhookPayloads.js";
import { STATUS_COMMENT_MARKER } from "../../src/github/commentState.js";
import { TEST_COMMAND } from "../support/buggyProject.js";

export const API_KEY = "sk-test-action-0123456789abcdef";
export const GITHUB_TOKEN = "ghs_testTokenForTheAction0123456789";

export interface ActionScenario {
  gh: GitHubServer;
  model: OpenAITestServer;
  repo: OriginRepo;
  ghRepo: FakeRepo;
  pr: FakePullRequest;
  /** Runs the bundle with the scenario's servers and inputs (test-command, api-key, base-url, github-token, target-files preset). */
  run(eventName: string, payload: unknown, inputs?: Record<string, string>, extraEnv?: Record<string, string>, options?: Pick<ActionRunRequest, "signalWhen">): Promise<ActionRunResult>;
  /** Bodies of comments carrying the status marker. */
  statusComments(): string[];
  close(): Promise<void>;
}

export async function startActionScenario(options: OriginOptions & { fork?: boolean } = {}): Promise<ActionScenario> {
  const gh = await startGitHubServer();
  const model = await startOpenAIServer({ apiKey: API_KEY });
  const repo = await createOriginWithPullRequest(options);
  const [owner, name] = REPO.split("/") as [string, string];
  const ghRepo = gh.addRepo(owner, name, "main");
  ghRepo.permissions.Codertocat = "admin";
  const pr = gh.addPullRequest(REPO, {
    number: repo.prNumber,
    headRef: repo.headRef,
    headSha: repo.headSha,
    baseRef: "main",
    baseSha: repo.baseSha,
    headRepoFullName: options.fork ? `forker/${name}` : REPO,
    user: { login: options.fork ? "forker" : "Codertocat" },
  });
  return {
    gh,
    model,
    repo,
    ghRepo,
    pr,
    run: (eventName, payload, inputs = {}, extraEnv = {}, options = {}) =>
      runActionBundle({
        ...options,
        workspace: repo.workspace,
        eventName,
        payload,
        githubApiUrl: gh.url,
        inputs: {
          "test-command": TEST_COMMAND,
          "api-key": API_KEY,
          "base-url": model.baseURL,
          "github-token": GITHUB_TOKEN,
          // Most scenarios name the editable files; the default selection (PR files + files named in the output) has its own test.
          "target-files": "src/**",
          ...inputs,
        },
        extraEnv,
      }),
    statusComments: () => ghRepo.comments.filter((c) => c.body.includes(STATUS_COMMENT_MARKER)).map((c) => c.body),
    close: async () => {
      await Promise.allSettled([gh.close(), model.close()]);
      await repo.remove();
    },
  };
}
