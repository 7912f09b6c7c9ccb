import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

/** A mail the sink received: the envelope's recipients and the parsed message. */
export interface ReceivedMail {
  to: string[];
  parsed: ParsedMail;
}

/** A real SMTP server on loopback that keeps every mail it receives (nothing goes beyond this machine). */
export interface SmtpSink {
  port: number;
  url: string;
  mails: ReceivedMail[];
  /** Resolves once at least `count` mails arrived in all (fails after `timeoutMs`). */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  /** From now on a mail's data is kept waiting (a slow mail server) until `release`. */
  hold(): void;
  /** Lets every held mail through; with `holdOn`, the ones after them are held again. */
  release(holdOn?: boolean): void;
  /** Resolves once `count` mails in all have started sending their data (held ones included). */
  arriving(count: number, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

/** Starts a sink on 127.0.0.1 (on `port`, or a free one). */
export async function startSmtpSink(port = 0): Promise<SmtpSink> {
  const mails: ReceivedMail[] = [];
  let started = 0;
  let gate: { promise: Promise<void>; open: () => void } | null = null;
  const newGate = () => {
    let open = () => {};
    const promise = new Promise<void>((resolve) => {
      open = resolve;
    });
    return { promise, open };
  };
  const until = async (done: () => boolean, what: () => string, timeoutMs: number) => {
    const end = Date.now() + timeoutMs;
    while (!done()) {
      if (Date.now() > end) throw new Error(what());
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      started += 1;
      const held = gate?.promise;
      Promise.all([simpleParser(stream), held]).then(
        ([parsed]) => {
          mails.push({ to: session.envelope.rcptTo.map((r) => r.address), parsed });
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const actual = (server.server.address() as AddressInfo).port;
  return {
    port: actual,
    url: `smtp://127.0.0.1:${actual}`,
    mails,
    async waitFor(count, timeoutMs = 10_000) {
      await until(
        () => mails.length >= count,
        () => `expected ${count} mails, received ${mails.length}`,
        timeoutMs,
      );
      return mails;
    },
    hold() {
      gate ??= newGate();
    },
    release(holdOn = false) {
      gate?.open();
      gate = holdOn ? newGate() : null;
    },
    arriving(count, timeoutMs = 10_000) {
      return until(
        () => started >= count,
        () => `expected ${count} mails arriving, ${started} did`,
        timeoutMs,
      );
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
