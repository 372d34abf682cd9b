/**
 * A real HTTP server on 127.0.0.1 (port 0) that answers from a queue of
 * scripted replies and records what it received. The protocol-specific servers
 * (openaiServer.ts, anthropicServer.ts) build on it.
 */
import { createServer } from "node:http";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

export type ScriptedReply =
  /** A JSON body with a status (default 200) and extra headers such as retry-after. */
  | { type: "json"; status?: number; body: unknown; headers?: Record<string, string> }
  /** Bytes as given, e.g. a malformed body under a JSON content type. */
  | { type: "raw"; status?: number; body: string; contentType?: string; headers?: Record<string, string> }
  /** Never answers; the socket is destroyed after maxMs (default 30 s) or when the server closes. */
  | { type: "hang"; maxMs?: number }
  /** Destroys the connection without answering. */
  | { type: "drop" };

export interface ReceivedRequest {
  method: string;
  path: string;
  /** Lower-case header names. Holds the key: for assertions only, never print it. */
  headers: Record<string, string>;
  /** The parsed JSON body, or undefined when it was not JSON. */
  body: unknown;
  rawBody: string;
  /** False when the server answered 401 without consuming a scripted reply. */
  authorized: boolean;
}

export interface ScriptedServerOptions {
  /** Which requests consume scripted replies; others get 404. */
  accepts: (method: string, path: string) => boolean;
  /** A reply for a request that fails authentication, or undefined to let it through. */
  rejectAuth?: (headers: Record<string, string>) => ScriptedReply | undefined;
  /** What to answer when the queue is empty. */
  whenEmpty: () => ScriptedReply;
}

export interface ScriptedServer {
  /** http://127.0.0.1:PORT */
  readonly origin: string;
  readonly requests: ReceivedRequest[];
  enqueue(...replies: ScriptedReply[]): void;
  /** Replies still queued. */
  readonly pending: number;
  /** Ends hung requests, closes all connections and the server. Idempotent. */
  close(): Promise<void>;
}

const DEFAULT_HANG_MS = 30_000;

export async function startScriptedServer(options: ScriptedServerOptions): Promise<ScriptedServer> {
  const queue: ScriptedReply[] = [];
  const requests: ReceivedRequest[] = [];
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  let closed: Promise<void> | undefined;

  const server = createServer((req, res) => {
    void handle(req, res);
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const rawBody = Buffer.concat(chunks).toString("utf8");
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(", ") : value;
    }
    const method = req.method ?? "GET";
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    const rejection = options.rejectAuth?.(headers);
    requests.push({ method, path, headers, body: parseJson(rawBody), rawBody, authorized: rejection === undefined });
    if (!options.accepts(method, path)) {
      send(res, { type: "json", status: 404, body: { error: { message: `No route for ${method} ${path}` } } });
      return;
    }
    if (rejection !== undefined) {
      send(res, rejection);
      return;
    }
    send(res, queue.shift() ?? options.whenEmpty());
  }

  function send(res: ServerResponse, reply: ScriptedReply): void {
    switch (reply.type) {
      case "json":
      case "raw": {
        const body = reply.type === "json" ? JSON.stringify(reply.body) : reply.body;
        const contentType = reply.type === "json" ? "application/json" : (reply.contentType ?? "application/json");
        res.writeHead(reply.status ?? 200, { "content-type": contentType, ...reply.headers });
        res.end(body);
        return;
      }
      case "hang": {
        const timer = setTimeout(() => {
          timers.delete(timer);
          res.socket?.destroy();
        }, reply.maxMs ?? DEFAULT_HANG_MS);
        timers.add(timer);
        return;
      }
      case "drop":
        res.socket?.destroy();
        return;
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    enqueue(...replies: ScriptedReply[]) {
      queue.push(...replies);
    },
    get pending() {
      return queue.length;
    },
    close() {
      closed ??= new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        timers.clear();
        for (const socket of sockets) socket.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      });
      return closed;
    },
  };
}

function parseJson(text: string): unknown {
  if (text === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
