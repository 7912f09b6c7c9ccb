import type { CatchUpReply } from "@common/protocol.js";
import { LoadClient } from "../load/loadClient.js";

/** One hello: when the reply's packet arrived, when it was decoded, and how big it was. */
export interface TimedHello {
  reply: CatchUpReply;
  /** hello sent → the reply's packet received (before the client decodes it), ms. */
  arrivedMs: number;
  /** hello sent → the reply decoded, ms. */
  decodedMs: number;
  /** The reply as JSON. */
  bytes: number;
  /** The reply as it travelled: its packets' sizes (a snapshot's compressed attachments). */
  wireBytes: number;
}

/**
 * Opens a fresh connection and says hello with `lastSeq`, timing the reply.
 * The socket.io ack packet ("3…", or a snapshot's last binary attachment)
 * is noticed at the engine, before it is decoded: that figure is the server's
 * work plus loopback transfer.
 */
export async function timedHello(
  url: string,
  who: { seriesId: string; personId: string; token: string },
  lastSeq: number,
): Promise<TimedHello> {
  const client = new LoadClient(url, who.personId, who.token, () => undefined);
  try {
    client.socket.connect();
    await new Promise<void>((connected, failed) => {
      client.socket.once("connect", () => connected());
      client.socket.once("connect_error", failed);
    });
    let arrivedAt = Number.NaN;
    let attachments = 0;
    let wireBytes = 0;
    client.socket.io.engine.on("packet", (packet) => {
      if (!Number.isNaN(arrivedAt) || packet.type !== "message") return;
      const data: unknown = packet.data;
      wireBytes +=
        typeof data === "string"
          ? Buffer.byteLength(data)
          : data instanceof ArrayBuffer
            ? data.byteLength
            : Buffer.isBuffer(data)
              ? data.length
              : 0;
      if (typeof packet.data === "string") {
        // An ack ("3…"), or the head of a binary ack ("6<attachments>-…") whose attachments follow.
        if (packet.data.startsWith("3")) arrivedAt = performance.now();
        attachments = Number(/^6(\d+)-/.exec(packet.data)?.[1] ?? 0);
      } else if ((attachments -= 1) === 0) {
        arrivedAt = performance.now();
      }
    });
    const sentAt = performance.now();
    const reply = await client.join(who.seriesId, lastSeq);
    const decodedAt = performance.now();
    return {
      reply,
      arrivedMs: arrivedAt - sentAt,
      decodedMs: decodedAt - sentAt,
      bytes: Buffer.byteLength(JSON.stringify(reply)),
      wireBytes,
    };
  } finally {
    client.close();
  }
}
