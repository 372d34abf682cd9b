/**
 * Serves bare repositories over smart HTTP on 127.0.0.1 with `git http-backend`,
 * and checks an Authorization header: requests without the expected header get
 * 401 (or 403 when `deny` is set), like GitHub. Records every request's headers.
 */
import { spawn } from "node:child_process";
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface GitHttpServer {
  /** Base URL; a repository `x.git` under `projectRoot` is at `${url}/x.git`. */
  url: string;
  /** Each request's path and raw Authorization header values (all of them, to catch duplicates). */
  requests: { method: string; path: string; authorization: string[] }[];
  /** When true, every request is answered 403 whatever the credentials. */
  deny: boolean;
  close(): Promise<void>;
}

export async function startGitHttpServer(projectRoot: string, expectedAuthorization: string): Promise<GitHttpServer> {
  const state: { deny: boolean } = { deny: false };
  const requests: GitHttpServer["requests"] = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const authorization: string[] = [];
    for (let i = 0; i < req.rawHeaders.length; i += 2) {
      if ((req.rawHeaders[i] ?? "").toLowerCase() === "authorization") authorization.push(req.rawHeaders[i + 1] ?? "");
    }
    requests.push({ method: req.method ?? "GET", path: url.pathname + url.search, authorization });
    if (state.deny) {
      res.writeHead(403, { "content-type": "text/plain" }).end("Permission to x denied to github-actions[bot].\n");
      return;
    }
    if (authorization.length !== 1 || authorization[0] !== expectedAuthorization) {
      res.writeHead(401, { "www-authenticate": 'Basic realm="test"', "content-type": "text/plain" }).end("Unauthorized\n");
      return;
    }
    const child = spawn("git", ["http-backend"], {
      env: {
        ...process.env,
        GIT_PROJECT_ROOT: projectRoot,
        GIT_HTTP_EXPORT_ALL: "1",
        REMOTE_USER: "x-access-token",
        REQUEST_METHOD: req.method ?? "GET",
        PATH_INFO: url.pathname,
        QUERY_STRING: url.search.slice(1),
        CONTENT_TYPE: req.headers["content-type"] ?? "",
        HTTP_CONTENT_ENCODING: req.headers["content-encoding"] ?? "",
        HTTP_GIT_PROTOCOL: typeof req.headers["git-protocol"] === "string" ? req.headers["git-protocol"] : "",
      },
    });
    const chunks: Buffer[] = [];
    child.stdout.on("data", (c: Buffer) => chunks.push(c));
    child.on("close", () => {
      const out = Buffer.concat(chunks);
      const end = out.indexOf("\r\n\r\n");
      const headerEnd = end === -1 ? out.indexOf("\n\n") : end;
      const sepLength = end === -1 ? 2 : 4;
      const head = out.subarray(0, headerEnd).toString("latin1");
      let status = 200;
      const headers: Record<string, string> = {};
      for (const line of head.split(/\r?\n/)) {
        const colon = line.indexOf(":");
        if (colon === -1) continue;
        const name = line.slice(0, colon).trim();
        const value = line.slice(colon + 1).trim();
        if (name.toLowerCase() === "status") status = Number.parseInt(value, 10);
        else headers[name] = value;
      }
      res.writeHead(status, headers).end(out.subarray(headerEnd + sepLength));
    });
    req.pipe(child.stdin);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    get deny() {
      return state.deny;
    },
    set deny(value: boolean) {
      state.deny = value;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
