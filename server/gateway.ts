import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { createAgentAuth, startAgentAuth } from './auth/agent-auth.js';
import type { LoginThrottleLimits } from './auth/login-throttle.js';
import type { SessionService } from './auth/session-service.js';
import { ChatTokens, resolveTokenSecret } from './auth/tokens.js';
import { registerChatRoutes } from './chat/chat-routes.js';
import { ChatService } from './chat/chat-service.js';
import { createCustomerSocket } from './chat/customer-socket.js';
import type { GatewayConfig } from './config.js';
import { registerConsoleRoutes } from './console/console-routes.js';
import { ConsoleService } from './console/console-service.js';
import { leadsPush } from './console/leads-push.js';
import { MonitorService } from './console/monitor-service.js';
import { registerMonitorRoutes } from './console/monitor-routes.js';
import { registerTrendsRoutes } from './console/trends-routes.js';
import { registerContactRoutes } from './contacts/contact-routes.js';
import type { InsertedContact } from './contacts/contact-repository.js';
import { registerCustomerSearchRoutes } from './contacts/customer-search-routes.js';
import { openDatabase, type Database } from './db/client.js';
import { queues, scripts } from './db/schema.js';
import { createApp } from './http/app.js';
import { stopListening, within } from './http/shutdown.js';
import { HEALTH_PROBE_MS, registerHealthRoute } from './http/health.js';
import { createIntegrationAuth } from './http/integration-auth.js';
import { createLogger } from './logger.js';
import type { PopContext } from './pop/pop-repository.js';
import { registerPopRoutes } from './pop/pop-routes.js';
import { registerRevealRoutes } from './access/reveal-routes.js';
import type { ScriptTemplate } from './pop/scripts.js';
import type { WrittenTouchpoint } from './pop/timeline.js';
import { createTimelinePush } from './pop/timeline-push.js';
import { registerPreemptionRoutes } from './preemption/preemption-routes.js';
import { findEscalationWords } from './preemption/engine/escalation-words.js';
import { riskPusher } from './preemption/risk-push.js';
import { RiskService } from './preemption/risk-service.js';
import { RulesStore } from './preemption/rules-store.js';
import { readItems } from './preemption/worklist-repository.js';
import { PresenceBroadcast } from './realtime/presence-broadcast.js';
import { QueueWaitingBroadcast } from './realtime/queue-waiting-broadcast.js';
import {
  createSocketServer,
  emitToAgent,
  emitToAgentRoom,
  emitToAgents,
  emitToWatchers,
  type GatewayIo,
} from './realtime/socket-server.js';
import { AgentDelivery, type AgentDeliveryOptions } from './realtime/agent-delivery.js';
import { Router, type EmitToAgent } from './routing/router.js';
import { registerRoutingRoutes } from './routing/routing-routes.js';
import { RoutingSettingsStore } from './routing/settings-store.js';
import { registerTouchpointRoutes } from './touchpoints/touchpoint-routes.js';

const version = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string })
  .version;

export interface Gateway {
  config: GatewayConfig;
  database: Database;
  router: Router;
  chat: ChatService;
  settings: RoutingSettingsStore;
  io: GatewayIo;
  rules: RulesStore;
  risk: RiskService;
  /** The team leads' board (bench:console times its rebuilds). */
  board: ConsoleService;
  /** Agent sessions (sign-in, refresh, revocation); scripts open sessions for simulated agents. */
  sessions: SessionService;
  log: Logger;
  /** Starts listening; resolves with the base URL. */
  listen(): Promise<string>;
  /** Reloads reference data (queues, script catalog) after the seed wrote it, and scores the new customers. */
  reloadReferenceData(): Promise<void>;
  close(): Promise<void>;
}

export interface GatewayOptions {
  logger?: Logger;
  /** An already open database (tests share one across restarts); opened from config otherwise. */
  database?: Database;
  /** Score unscored customers in the background at start (default true). */
  backfillOnStart?: boolean;
  /** Heartbeat of desktop sockets; default 2 s + 2 s, so a vanished desktop is offline within 5 s. */
  heartbeat?: { pingIntervalMs: number; pingTimeoutMs: number };
  /** Re-send and retention of agents' sequenced events (tests shorten them). */
  delivery?: Pick<AgentDeliveryOptions, 'resendAfterMs' | 'retainMs' | 'maxRetained'>;
  /** How long a customer's closed chat page may come back before the chat ends (default 60 s). */
  chatLeaveGraceMs?: number;
  /** Chat sessions one address may open per minute (default 10; a load benchmark opens hundreds). */
  chatSessionsPerMinute?: number;
  /** Sign-in brute-force limits (docs/security.md); tests shorten them. */
  loginLimits?: Partial<LoginThrottleLimits>;
  /** The clock agent sessions and access tokens are checked against (tests move it on). */
  sessionClock?: () => Date;
}

/** A desktop silent for 2 s + 2 s is gone: the issue asks for offline within 5 s. */
/** How long a closing gateway lets routing's queued steps run out before it closes the database. */
const ROUTING_DRAIN_MS = 10_000;

export const DEFAULT_HEARTBEAT = { pingIntervalMs: 2000, pingTimeoutMs: 2000 };

/** Wires the gateway: database, HTTP API, socket.io and routing on one HTTP server. */
export async function createGateway(config: GatewayConfig, options: GatewayOptions = {}): Promise<Gateway> {
  const log = options.logger ?? createLogger(config.logLevel);
  const database =
    options.database ??
    (await openDatabase({ dataDir: config.dataDir, databaseUrl: config.databaseUrl, timeoutMs: config.dbTimeoutMs, poolSize: config.dbPoolSize, log }));
  const { db } = database;
  const secret = resolveTokenSecret(config.tokenSecret, config.dataDir);
  const auth = createAgentAuth({
    db,
    log,
    secret,
    config,
    loginLimits: options.loginLimits,
    now: options.sessionClock,
  });
  const { sessions } = auth;
  const chatTokens = new ChatTokens(secret);

  let queueRows: (typeof queues.$inferSelect)[] = [];
  let queueIds = new Set<string>();
  let catalog: ScriptTemplate[] = [];
  const reloadReferenceData = async () => {
    queueRows = await db.select().from(queues).orderBy(queues.id);
    queueIds = new Set(queueRows.map((q) => q.id));
    catalog = await db.select().from(scripts);
  };
  await reloadReferenceData();

  const authenticate = auth.authenticate;
  const popContext = (agentName: string): PopContext => ({ agentName, scripts: catalog });

  const app = await createApp({ logger: log, bodyLimit: config.bodyLimit, webRoot: config.webRoot, version, allowedOrigins: config.allowedOrigins });
  // For load balancers: 503 while the database does not answer.
  registerHealthRoute(app, { ping: () => database.ping(), timeoutMs: Math.min(HEALTH_PROBE_MS, config.dbTimeoutMs) });
  // The signed integration routes share one replay cache and one per-source limit.
  const integrationAuth = createIntegrationAuth(app, {
    secrets: [config.webhookSecret, ...(config.webhookSecretPrevious ? [config.webhookSecretPrevious] : [])],
    replayWindowSeconds: config.webhookReplayWindowSeconds,
    requestsPerSecond: config.webhookRateLimit,
  });
  const io = createSocketServer(app.server, {
    log,
    allowedOrigins: config.allowedOrigins,
    authenticate: (token) => sessions.authenticate(token),
    sessionExpiresAt: (sessionId) => sessions.expiresAt(sessionId),
    // Called per connection, after `router` and `chat` below are initialised.
    router: () => router,
    chat: () => chat,
    delivery: () => delivery,
    consoleBoard: () => latestBoard(),
    heartbeat: options.heartbeat ?? DEFAULT_HEARTBEAT,
    // The desktop's first waiting counts, once routing has offered it what it could take.
    onReady: (agentId) => {
      const slot = router.table.agents.get(agentId);
      if (slot) queueWaiting.sendTo(slot);
    },
  });
  const leads = leadsPush(io);
  const latestBoard = () => Promise.resolve(leads.latest() ?? board.board());
  const delivery = new AgentDelivery({
    log,
    emitToRoom: (agentId, event, payload, meta) => emitToAgentRoom(io, agentId, event, payload, meta),
    ...options.delivery,
  });
  const emit: EmitToAgent = (agentId, event, payload) => {
    emitToAgent(io, delivery, agentId, event, payload);
  };
  const settings = await RoutingSettingsStore.open(db, {
    ringTimeoutSeconds: config.ringTimeoutSeconds,
    acwLimitSeconds: config.acwLimitSeconds,
    chatCapacity: config.chatCapacity,
  });
  // New timeline entries: desktops showing the customer get them, and the customer is rescored.
  const onTimeline = (customerId: string, written: WrittenTouchpoint[]) => {
    risk.enqueue([customerId]);
    timeline.written(customerId, written).catch((error: unknown) => log.error({ err: error, customerId }, 'timeline push failed'));
  };
  const presence = new PresenceBroadcast({
    toAgent: (status) => emitToAgents(io, [status.agentId], 'agent.state-changed', status),
    toWatchers: (statuses) => emitToWatchers(io, 'agents.presence', { statuses }),
  });
  // Each agent's own queues' waiting counts: at most one `queue.waiting` per agent per 500 ms.
  const queueWaiting = new QueueWaitingBroadcast({
    counts: () => router.table.waitingByQueue(),
    agents: () => [...router.table.agents.values()].filter((slot) => slot.ready),
    send: (agentIds, payload) => emitToAgents(io, agentIds, 'queue.waiting', payload),
  });
  const router = new Router({
    db,
    log,
    emit,
    popContext,
    settings: () => settings.get(),
    queueExists: (q) => queueIds.has(q),
    broadcastStatus: (status) => {
      presence.publish(status);
      board.touch();
    },
    onContactMoved: () => board.touch(),
    onWaitingChanged: () => queueWaiting.touch(),
    notifyCustomer: (contactId, status) => customers.emit(contactId, 'chat.status', status),
    onTimeline,
    reconnectGraceMs: config.reconnectGraceSeconds * 1000,
  });
  const chat = new ChatService({
    db,
    log,
    router: () => router,
    toAgent: emit,
    toCustomer: (contactId, event, payload) => customers.emit(contactId, event, payload),
    onTimeline: (customerId, touchpoint) => {
      for (const agentId of router.agentsViewing(customerId)) {
        emit(agentId, 'timeline.appended', { customerId, items: [touchpoint] });
      }
    },
    onStored: (message, customerId) => {
      // A chat message changes the risk only through the customer's words (the conversation was
      // scored when it was answered): rescore when they use an escalation word, not per message.
      // The team leads get an alert too (once per contact), whether or not the customer is known.
      const words = message.sender === 'customer' ? escalationWords(message.text) : [];
      if (words.length === 0) return;
      if (customerId !== null) risk.enqueue([customerId]);
      board.escalationWords(message.contactId, customerId, words).catch((error: unknown) => {
        log.error({ err: error, contactId: message.contactId }, 'escalation alert failed');
      });
    },
  });
  const escalationWords = (text: string) => findEscalationWords(text, rules.rules.signals.escalation_words.words);
  const customers = createCustomerSocket(io, {
    db,
    log,
    chatTokens,
    chat,
    router: () => router,
    leaveGraceMs: options.chatLeaveGraceMs ?? 60_000,
  });
  const board = new ConsoleService({
    db: database.boardDb,
    log,
    queues: () => queueRows.map(({ id, name, channel }) => ({ id, name, channel })),
    agents: () => router.statuses(),
    chatCapacity: (agentId) => router.table.agents.get(agentId)?.chatCapacity ?? settings.get().chatCapacity,
    thresholds: () => ({
      serviceLevelSeconds: config.serviceLevelSeconds,
      acwLimitSeconds: settings.get().acwLimitSeconds,
      longHoldSeconds: config.longHoldSeconds,
      diamondWaitSeconds: config.diamondWaitSeconds,
    }),
    push: (b, agents) => leads.push(b, agents),
  });
  await router.start();

  const rules = await RulesStore.open(config.rulesFile, log);
  const riskPush = riskPusher({ db, log, router, popContext, emit });
  const risk = new RiskService({
    db,
    log,
    rules,
    // Desktops showing the customer get the new risk with scripts ranked for it, per agent.
    onRiskChanged: (customerId) => {
      board.customerChanged(customerId);
      riskPush.push(customerId);
    },
    onWorklistChanged: (item) => emitToWatchers(io, 'worklist.updated', item),
  });
  rules.watch();
  // New rules: customers on screen first, then everyone, in the background.
  rules.onChange(() => {
    risk.enqueue(router.customersViewed());
    risk.backfillInBackground();
  });
  // Customers never scored (a fresh seed) or scored under older rules.
  if (options.backfillOnStart !== false) risk.backfillInBackground();
  // Claims and promises fall due with no event to say so: look every minute.
  const sweep = setInterval(() => {
    risk.sweepDue().catch((error: unknown) => log.error({ err: error }, 'due sweep failed'));
  }, 60_000);
  sweep.unref();
  const timeline = createTimelinePush({ db, viewing: (c) => router.agentsViewing(c), send: (a, p) => emit(a, 'timeline.appended', p) });
  const pushTimeline = timeline.byIds;

  // A new contact: the board follows; worklist items it withdrew go to the worklist's watchers.
  function onContactCreated({ row, withdrawnItemIds }: InsertedContact): void {
    board.touch();
    if (withdrawnItemIds.length === 0) return;
    readItems(db, withdrawnItemIds)
      .then((items) => items.forEach((item) => emitToWatchers(io, 'worklist.updated', item)))
      .catch((error: unknown) => log.error({ err: error, contactId: row.id }, 'reading withdrawn worklist items failed'));
  }

  const stopAuth = await startAgentAuth(app, io, auth, { db, log, onAgentsChanged: () => router.reloadAgents() });
  registerContactRoutes(app, {
    db,
    integrationAuth,
    router,
    queueExists: (q) => queueIds.has(q),
    onContactCreated,
  });
  registerTouchpointRoutes(app, {
    db,
    integrationAuth,
    pushTimeline,
    risk,
    limits: { maxInFlight: config.ingestMaxInFlight, maxRiskBacklog: config.riskMaxBacklog },
  });
  registerCustomerSearchRoutes(app, { db, authenticate });
  registerPopRoutes(app, { db, authenticate, popContext });
  registerRevealRoutes(app, { db, authenticate });
  registerRoutingRoutes(app, {
    db,
    integrationAuth,
    authenticate,
    router,
    settings,
    queues: () => queueRows.map(({ id, name, channel }) => ({ id, name, channel })),
    onSettingsChanged: () => router.reloadAgents(),
  });
  registerChatRoutes(app, {
    db,
    authenticate,
    chatTokens,
    chat,
    webChatQueue: () => config.webChatQueue,
    sessionsPerMinute: options.chatSessionsPerMinute,
    onChatStarted: async (contact) => {
      onContactCreated(contact);
      await router.contactQueued(contact.row);
    },
  });
  registerConsoleRoutes(app, { db, authenticate, console: board, board: latestBoard, router });
  // Silent monitoring and whispers (chat traffic mirrored to the monitoring leads), and trends.
  const monitors = new MonitorService({ db, log, io, router, toAgent: emit });
  chat.mirrorTo(monitors.mirror);
  registerMonitorRoutes(app, { authenticate, monitors });
  registerTrendsRoutes(app, { db, authenticate, serviceLevelSeconds: config.serviceLevelSeconds });
  registerPreemptionRoutes(app, {
    db,
    authenticate,
    rules,
    risk,
    onWorklistChanged: (item) => emitToWatchers(io, 'worklist.updated', item),
    onTouchpointAdded: (customerId, id) => {
      pushTimeline(customerId, [id]).catch((error: unknown) => log.error({ err: error, customerId }, 'timeline push failed'));
    },
  });

  return {
    config,
    database,
    router,
    chat,
    settings,
    io,
    rules,
    risk,
    board,
    sessions,
    log,
    async reloadReferenceData() {
      await reloadReferenceData();
      await router.reloadAgents();
      queueWaiting.touch(); // an agent's queues may have changed
      // Freshly seeded customers get scored too.
      risk.backfillInBackground();
    },
    async listen() {
      await app.listen({ port: config.port, host: config.host });
      const address = app.server.address() as AddressInfo;
      const url = `http://${address.address.includes(':') ? `[${address.address}]` : address.address}:${address.port}`;
      log.info({ url, engine: database.engine }, 'gateway listening');
      return url;
    },
    async close() {
      rules.close();
      clearInterval(sweep);
      stopAuth();
      // No new work, then the routing steps already queued run out while the database is open.
      await stopListening(app, io);
      if (!(await within(router.drain(), ROUTING_DRAIN_MS))) log.warn('routing steps still running at shutdown');
      router.close();
      delivery.close();
      await board.close();
      presence.flush();
      queueWaiting.close();
      customers.close();
      risk.stop();
      await risk.idle();
      await riskPush.idle();
      if (!options.database) await database.close();
    },
  };
}
