import type { AgentStatus } from '../../shared/schemas/auth.js';
import type { ConsoleAlert } from '../../shared/schemas/console-alerts.js';
import { RISK_BOARD_ROWS, type ConsoleAgent, type ConsoleAgents, type ConsoleBoard, type ConsoleThresholds, type QueueBoard } from '../../shared/schemas/console.js';
import type { QueueSummary } from '../../shared/schemas/work.js';
import type { LiveContact } from './live-contacts.js';
import { queueMetrics, RECENT_WINDOW_MS, type ContactTimes, type MetricsTally } from './metrics.js';
import { buildRiskBoard, heldContactsByAgent } from './risk-board.js';

export interface BoardInput {
  queues: readonly Omit<QueueSummary, 'waiting'>[];
  /** The live contacts and the day's finished ones not settled yet (day-contacts.ts). */
  contacts: readonly ContactTimes[];
  /** Per queue, today's tally of the day's finished contacts settled (outside the last 15 minutes). */
  settledToday: ReadonlyMap<string, MetricsTally>;
  agents: readonly AgentStatus[];
  /** Chats the agent may hold at once (their own setting, else the lead's default). */
  chatCapacity: (agentId: string) => number;
  /** Waiting, ringing, connected and wrap-up contacts (live-contacts.ts). */
  live: readonly LiveContact[];
  alerts: readonly ConsoleAlert[];
  thresholds: ConsoleThresholds;
  now: Date;
  startOfDay: Date;
}

/**
 * The lead's board: per queue the wait now, service level, abandons, handle time and agents; the
 * risk board; the alerts. And the agents grid: every agent with what they hold (sent apart).
 */
export function buildBoard(input: BoardInput): { board: ConsoleBoard; agents: ConsoleAgents } {
  const { now } = input;
  const thresholdSeconds = input.thresholds.serviceLevelSeconds;
  const recent = { from: new Date(now.getTime() - RECENT_WINDOW_MS), now, thresholdSeconds };
  const today = { from: input.startOfDay, now, thresholdSeconds };
  const period = (m: ReturnType<typeof queueMetrics>) => ({
    serviceLevel: m.serviceLevel,
    answered: m.answered,
    abandoned: m.abandoned,
    averageHandleSeconds: m.averageHandleSeconds,
  });
  const byQueue = new Map<string, ContactTimes[]>();
  for (const c of input.contacts) {
    const list = byQueue.get(c.queueId);
    if (list) list.push(c);
    else byQueue.set(c.queueId, [c]);
  }
  const queues = input.queues.map((q): QueueBoard => {
    const contacts = byQueue.get(q.id) ?? [];
    const last15 = queueMetrics(q.id, contacts, recent);
    const staffed = input.agents.filter((a) => a.queues.includes(q.id));
    const count = (state: AgentStatus['state']) => staffed.filter((a) => a.state === state).length;
    return {
      ...q,
      waiting: last15.waiting,
      longestWaitSeconds: last15.longestWaitSeconds,
      last15Minutes: period(last15),
      today: period(queueMetrics(q.id, contacts, today, input.settledToday.get(q.id))),
      agents: { available: count('available'), onContact: count('on_contact'), wrapUp: count('wrap_up'), away: count('away') },
    };
  });
  const held = heldContactsByAgent(input.live);
  const names = new Map(input.agents.map((a) => [a.agentId, a.displayName]));
  const agents = input.agents.map(
    (a): ConsoleAgent => ({ ...a, contacts: held.get(a.agentId) ?? [], chatCapacity: input.chatCapacity(a.agentId) }),
  );
  const risk = buildRiskBoard(input.live, (id) => names.get(id) ?? null);
  const generatedAt = now.toISOString();
  const board: ConsoleBoard = {
    generatedAt,
    serviceLevelSeconds: thresholdSeconds,
    thresholds: input.thresholds,
    queues,
    risk: risk.slice(0, RISK_BOARD_ROWS),
    riskTotal: risk.length,
    alerts: [...input.alerts],
  };
  return { board, agents: { generatedAt, agents } };
}
