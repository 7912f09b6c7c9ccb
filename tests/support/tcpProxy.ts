import { createServer, connect, type Socket } from "node:net";
import type { AddressInfo } from "node:net";

/** A TCP relay in front of a real service, whose link can be cut and restored (the service going away). */
export interface TcpProxy {
  port: number;
  /** Drops every relayed connection and refuses new ones, as a service that went down. */
  cut(): void;
  restore(): void;
  close(): Promise<void>;
}

/** Relays 127.0.0.1:<port> to `host:targetPort`. */
export async function startTcpProxy(host: string, targetPort: number): Promise<TcpProxy> {
  const open = new Set<Socket>();
  let down = false;
  const server = createServer((client) => {
    if (down) {
      client.destroy();
      return;
    }
    const upstream = connect(targetPort, host);
    open.add(client);
    open.add(upstream);
    const drop = (): void => {
      client.destroy();
      upstream.destroy();
      open.delete(client);
      open.delete(upstream);
    };
    client.on("error", drop).on("close", drop);
    upstream.on("error", drop).on("close", drop);
    client.pipe(upstream);
    upstream.pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as AddressInfo).port,
    cut() {
      down = true;
      for (const socket of open) socket.destroy();
      open.clear();
    },
    restore() {
      down = false;
    },
    close: () =>
      new Promise((resolve) => {
        for (const socket of open) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
