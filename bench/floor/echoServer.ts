import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Server } from "socket.io";

/**
 * A bare socket.io server that answers every `echo` at once and sends every
 * `spread` to everyone in the sender's room: what the transport alone costs
 * on this machine, in a process of its own like the real server.
 */
const http = createServer();
const io = new Server(http, { serveClient: false });
io.on("connection", (socket) => {
  const room = String(socket.handshake.query.room ?? "all");
  void socket.join(room);
  socket.on("echo", (payload: unknown, ack: unknown) => {
    if (typeof ack === "function") ack(payload);
  });
  socket.on("spread", (payload: unknown, ack: unknown) => {
    io.to(room).emit("spread", payload);
    if (typeof ack === "function") ack(payload);
  });
});
http.listen(0, "127.0.0.1", () => {
  process.send?.({ port: (http.address() as AddressInfo).port });
});
process.on("disconnect", () => process.exit(0));
