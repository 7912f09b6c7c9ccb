import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** A POST the receiver got: its path, content type and parsed JSON body. */
export interface ReceivedPost {
  path: string;
  contentType: string;
  body: unknown;
}

/** A real HTTP server on loopback standing in for a Teams or Slack webhook (nothing leaves this machine). */
export interface WebhookReceiver {
  port: number;
  /** The address to set as webhook, with a secret-looking path. */
  url: string;
  posts: ReceivedPost[];
  /** The status the receiver answers with (200 unless a test sets another). */
  status: number;
  /** How long it takes to answer, in ms (0 unless a test sets more). */
  delayMs: number;
  /** From now on answers wait (a slow receiver) until `release`; the posts are counted as they arrive. */
  hold(): void;
  /** Answers every held post; with `holdOn`, the ones after them are held again. */
  release(holdOn?: boolean): void;
  /** Resolves once at least `count` posts arrived in all (fails after `timeoutMs`). */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedPost[]>;
  close(): Promise<void>;
}

/** Starts a receiver on 127.0.0.1 (on `port`, or a free one); `path` is the hook's path. */
export async function startWebhookReceiver(
  port = 0,
  path = "/hook/T0SECRET/B0SECRET/xoxSECRET",
): Promise<WebhookReceiver> {
  const posts: ReceivedPost[] = [];
  let gate: { opened: Promise<void>; open: () => void } | null = null;
  const newGate = (): { opened: Promise<void>; open: () => void } => {
    let open = (): void => undefined;
    const opened = new Promise<void>((resolve) => {
      open = resolve;
    });
    return { opened, open };
  };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const text = Buffer.concat(chunks).toString("utf8");
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {
        // kept as text: the test sees what arrived
      }
      if (req.method === "POST") {
        posts.push({ path: req.url ?? "", contentType: req.headers["content-type"] ?? "", body });
      }
      const answer = (): void => {
        res.writeHead(receiver.status, { "content-type": "text/plain" });
        res.end(receiver.status === 200 ? "1" : "secret error page of the receiver");
      };
      const held = gate?.opened ?? Promise.resolve();
      void held.then(() => setTimeout(answer, receiver.delayMs));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const actual = (server.address() as AddressInfo).port;
  const receiver: WebhookReceiver = {
    port: actual,
    url: `http://127.0.0.1:${actual}${path}`,
    posts,
    status: 200,
    delayMs: 0,
    hold() {
      gate ??= newGate();
    },
    release(holdOn = false) {
      gate?.open();
      gate = holdOn ? newGate() : null;
    },
    async waitFor(count, timeoutMs = 10_000) {
      const until = Date.now() + timeoutMs;
      while (posts.length < count) {
        if (Date.now() > until) throw new Error(`expected ${count} posts, got ${posts.length}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return posts;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return receiver;
}
