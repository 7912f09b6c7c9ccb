import { createServer, type Server as HttpServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Server } from "socket.io";
import { LIMITS } from "@common/limits.js";
import { defaultSecurity, listenProblem, type SecurityConfig, type ServerConfig } from "./config.js";
import { openStorage } from "./storage/open.js";
import type { Storage } from "./storage/types.js";
import { httpApp } from "./transport/http.js";
import { useRedisAdapter } from "./transport/redisAdapter.js";
import { attachSeriesSockets, type EinklangIo } from "./transport/socket.js";
import { broadcastEvents } from "./series/broadcast.js";
import { executeDeps, type ExecuteDeps } from "./series/execute.js";
import { AddressLimit } from "./security/addressLimit.js";
import type { StateCache } from "./series/stateCache.js";
import { clientAddressOf } from "./security/clientAddress.js";
import { silentLogger, type Logger } from "./security/logger.js";
import { socketGuards } from "./security/socketGuards.js";
import { unconfiguredAddressNotice } from "./security/origins.js";
import { startMailService, type MailService } from "./mail/mailService.js";
import { startWebhookService, type WebhookService } from "./webhook/webhookService.js";
import { closesSession } from "./webhook/closesSession.js";

/** A running Einklang server. */
export interface EinklangServer {
  http: HttpServer;
  io: EinklangIo;
  storage: Storage;
  /** The series states kept in memory (bounded by `stateCacheBytes`). */
  cache: StateCache;
  /** Mail (scheduler, sender) when configured; null: off. */
  mail: MailService | null;
  /** Posts to the series' Teams/Slack webhooks (scheduler, sender). */
  webhooks: WebhookService;
  /** The port it listens on (useful with PORT=0). */
  port: number;
  close(): Promise<void>;
}

/** Opens storage, then serves HTTP and the live protocol on one port. */
export async function startServer(config: ServerConfig, logger: Logger = silentLogger()): Promise<EinklangServer> {
  const security: SecurityConfig = { ...defaultSecurity(), ...config.security };
  const problem = listenProblem(config.host, security);
  if (problem) throw new Error(problem);
  const logError = (error: unknown): void => logger.error({ err: error }, "server error");
  const storage = await openStorage(config, logError);
  const deps: ExecuteDeps = executeDeps(storage, logError, config.now, config.stateCacheBytes);
  const mail = config.mail ? startMailService(deps, config.mail) : null;
  const webhooks = startWebhookService(deps, config.webhooks ?? { allowLoopback: false });
  const addressOf = clientAddressOf(security.trustProxy);
  // Token guesses over HTTP and over the socket handshake draw on one budget per address.
  const addressLimit = new AddressLimit(security.httpRequestsPerMinute);
  const addressNotice = unconfiguredAddressNotice(security, (fields, message) => logger.error(fields, message));
  const http = createServer(
    httpApp(deps, {
      clientDir: config.clientDir,
      security,
      addressOf,
      logger,
      addressLimit,
      addressNotice,
      mail,
      webhooks,
    }),
  );
  // Slow or stalled requests must not hold sockets for long.
  http.headersTimeout = 20_000;
  http.requestTimeout = 30_000;
  const guards = socketGuards(security, addressOf, logger, addressLimit, addressNotice);
  const io: EinklangIo = new Server(http, {
    maxHttpBufferSize: LIMITS.messageBytes,
    serveClient: false,
    // WebSocket only, as the client connects: no long-polling sessions to hold open or guard as well.
    transports: ["websocket"],
    allowRequest: (request, answer) => guards.allowRequest(request, answer),
  });
  guards.attach(io);
  const closeRedis = config.redisUrl ? await useRedisAdapter(io, config.redisUrl, logError) : async () => undefined;
  const stopSockets = attachSeriesSockets(io, deps, guards);
  deps.publish = (seriesId, committed) => {
    broadcastEvents(io, seriesId, committed);
    // A closed session is posted now rather than at the next minute's tick.
    if (closesSession(committed)) webhooks.kick();
  };
  deps.cutOff = (rooms) => io.in(rooms).disconnectSockets(true);
  await new Promise<void>((resolve, reject) => {
    http.once("error", reject);
    http.listen(config.port, config.host, () => resolve());
  });
  const port = (http.address() as AddressInfo).port;
  return {
    http,
    io,
    storage,
    cache: deps.cache,
    mail,
    webhooks,
    port,
    async close() {
      await mail?.stop();
      await webhooks.stop();
      stopSockets();
      await io.close();
      await closeRedis();
      await storage.close();
    },
  };
}
