import { io } from "socket.io-client";
import type { ProtocolClient } from "./protocolClient.js";

/** Tries a handshake with the given auth, from the server's own origin; resolves with the refusal message or "connected". */
export function tryConnect(url: string, auth: Record<string, unknown>): Promise<string> {
  return new Promise((resolve) => {
    const socket = io(url, {
      transports: ["websocket"],
      reconnection: false,
      forceNew: true,
      auth,
      extraHeaders: { origin: new URL(url).origin },
    });
    socket.on("connect", () => {
      socket.disconnect();
      resolve("connected");
    });
    socket.on("connect_error", (error) => {
      socket.disconnect();
      resolve(error.message);
    });
  });
}

/** Resolves once the server has ended the client's connection. */
export function waitForDisconnect(client: ProtocolClient): Promise<void> {
  return new Promise((resolve) => {
    if (!client.socket.connected) return resolve();
    client.socket.once("disconnect", () => resolve());
  });
}
