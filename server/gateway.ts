import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { findAgentById, type AuthenticatedAgent } from './auth/agent-repository.js';
import { registerAuthRoutes } from './auth/auth-routes.js';
import { resolveTokenSecret, TokenService } from './auth/tokens.js';
import type { GatewayConfig } from './config.js';
import { registerContactRoutes } from './contacts/contact-routes.js';
import { registerCustomerSearchRoutes } from './contacts/customer-search-routes.js';
import { openDatabase, type Database } from './db/client.js';
import { queues, scripts } from './db/schema.js';
import { createApp } from './http/app.js';
import { createLogger } from './logger.js';
import type { PopContext } from './pop/pop-repository.js';
import { registerPopRoutes } from './pop/pop-routes.js';
import type { ScriptTemplate } from './pop/scripts.js';
import { createSocketServer, emitToAgent, type GatewayIo } from './realtime/socket-server.js';
import { Router, type EmitToAgent } from './routing/router.js';
import { registerTouchpointRoutes } from './touchpoints/touchpoint-routes.js';

const version = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string })
  .version;

export interface Gateway {
  config: GatewayConfig;
  database: Database;
  router: Router;
  io: GatewayIo;
  log: Logger;
  /** Starts listening; resolves with the base URL. */
  listen(): Promise<string>;
  /** Reloads reference data (queues, script catalog) after the seed wrote it. */
  reloadReferenceData(): Promise<void>;
  close(): Promise<void>;
}

export interface GatewayOptions {
  logger?: Logger;
  /** An already open database (tests share one across restarts); opened from config otherwise. */
  database?: Database;
}

/** Wires the gateway: database, HTTP API, socket.io and routing on one HTTP server. */
export async function createGateway(config: GatewayConfig, options: GatewayOptions = {}): Promise<Gateway> {
  const log = options.logger ?? createLogger(config.logLevel);
  const database = options.database ?? (await openDatabase({ dataDir: config.dataDir, databaseUrl: config.databaseUrl }));
  const { db } = database;
  const tokens = new TokenService(resolveTokenSecret(config.tokenSecret, config.dataDir));

  let queueIds = new Set<string>();
  let catalog: ScriptTemplate[] = [];
  const reloadReferenceData = async () => {
    queueIds = new Set((await db.select({ id: queues.id }).from(queues)).map((q) => q.id));
    catalog = await db.select().from(scripts);
  };
  await reloadReferenceData();

  const authenticate = async (token: string): Promise<AuthenticatedAgent | null> => {
    const claims = await tokens.verify(token);
    return claims ? findAgentById(db, claims.sub) : null;
  };
  const popContext = (agentName: string): PopContext => ({ agentName, scripts: catalog });

  const app = await createApp({ logger: log, bodyLimit: config.bodyLimit, webRoot: config.webRoot, version, allowedOrigins: config.allowedOrigins });
  const io = createSocketServer(app.server, {
    log,
    allowedOrigins: config.allowedOrigins,
    authenticate,
    // Called per connection, after `router` below is initialised.
    router: () => router,
  });
  const emit: EmitToAgent = (agentId, event, payload) => {
    emitToAgent(io, agentId, event, payload);
  };
  const router = new Router({ db, log, emit, popContext });

  registerAuthRoutes(app, { db, tokens });
  registerContactRoutes(app, { db, webhookSecret: config.webhookSecret, router, queueExists: (q) => queueIds.has(q) });
  registerTouchpointRoutes(app, { db, webhookSecret: config.webhookSecret, router, emit });
  registerCustomerSearchRoutes(app, { db, authenticate });
  registerPopRoutes(app, { db, authenticate, popContext });

  return {
    config,
    database,
    router,
    io,
    log,
    reloadReferenceData,
    async listen() {
      await app.listen({ port: config.port, host: config.host });
      const address = app.server.address() as AddressInfo;
      const url = `http://${address.address.includes(':') ? `[${address.address}]` : address.address}:${address.port}`;
      log.info({ url, engine: database.engine }, 'gateway listening');
      return url;
    },
    async close() {
      await io.close();
      await app.close();
      if (!options.database) await database.close();
    },
  };
}
