/**
 * Readable fixtures for the team console, built relative to FIXTURE_NOW and parsed with the
 * shared schemas, so a fixture can never drift from the contract.
 */
import type { ChatMessage } from '../../../../shared/schemas/chat';
import {
  consoleAgentSchema,
  consoleAgentsSchema,
  consoleBoardPatchSchema,
  consoleBoardSchema,
  queueBoardSchema,
  riskBoardEntrySchema,
  type AgentContact,
  type ConsoleAgent,
  type ConsoleAgents,
  type ConsoleBoard,
  type ConsoleBoardPatch,
  type QueueBoard,
  type RiskBoardEntry,
} from '../../../../shared/schemas/console';
import { consoleAlertSchema, type ConsoleAlert } from '../../../../shared/schemas/console-alerts';
import { FIXTURE_NOW } from '../pop/test-fixtures';
import { aRiskAssessment } from '../risk/test-fixtures';

/** An ISO timestamp `seconds` before FIXTURE_NOW. */
export const secondsAgo = (seconds: number) => new Date(FIXTURE_NOW - seconds * 1000).toISOString();

export const THRESHOLDS = {
  serviceLevelSeconds: 20,
  acwLimitSeconds: 120,
  longHoldSeconds: 600,
  diamondWaitSeconds: 30,
};

export function aQueue(overrides: Partial<QueueBoard> = {}): QueueBoard {
  return queueBoardSchema.parse({
    id: 'claims',
    name: 'Claims',
    channel: 'voice',
    waiting: 3,
    longestWaitSeconds: 95,
    last15Minutes: { serviceLevel: 0.72, answered: 18, abandoned: 2, averageHandleSeconds: 240 },
    today: { serviceLevel: 0.86, answered: 412, abandoned: 9, averageHandleSeconds: 300 },
    agents: { available: 4, onContact: 11, wrapUp: 2, away: 3 },
    ...overrides,
  });
}

export function aHeldContact(overrides: Partial<AgentContact> = {}): AgentContact {
  return {
    contactId: 'contact-9',
    channel: 'chat',
    state: 'active',
    customerName: 'Zhao Min',
    since: secondsAgo(60),
    ...overrides,
  };
}

export function aConsoleAgent(overrides: Partial<ConsoleAgent> = {}): ConsoleAgent {
  return consoleAgentSchema.parse({
    agentId: 'agent-2',
    displayName: 'Li Na',
    role: 'csr',
    state: 'available',
    reason: null,
    since: secondsAgo(75),
    holding: 0,
    queues: ['claims'],
    contacts: [],
    chatCapacity: 3,
    ...overrides,
  });
}

export function aRiskEntry(overrides: Partial<RiskBoardEntry> = {}): RiskBoardEntry {
  return riskBoardEntrySchema.parse({
    contactId: 'contact-1',
    channel: 'voice',
    state: 'queued',
    queueId: 'claims',
    customerId: 'cust-001',
    customerName: 'Wang Li',
    tier: 'diamond',
    riskScore: 82,
    riskBand: 'high',
    predictedReason: aRiskAssessment().reason,
    overduePromises: 1,
    queuedAt: secondsAgo(45),
    ownerId: null,
    ownerName: null,
    ...overrides,
  });
}

export function anAlert(overrides: Partial<ConsoleAlert> = {}): ConsoleAlert {
  return consoleAlertSchema.parse({
    id: 'alert-1',
    rule: 'diamond_waiting',
    contactId: 'contact-1',
    customerId: 'cust-001',
    customerName: 'Wang Li',
    tier: 'diamond',
    raisedAt: secondsAgo(10),
    detail: { waitedSeconds: 35 },
    acknowledgedBy: null,
    acknowledgedByName: null,
    acknowledgedAt: null,
    ...overrides,
  });
}

export function aBoard(overrides: Partial<ConsoleBoard> = {}): ConsoleBoard {
  return consoleBoardSchema.parse({
    generatedAt: new Date(FIXTURE_NOW).toISOString(),
    serviceLevelSeconds: THRESHOLDS.serviceLevelSeconds,
    thresholds: THRESHOLDS,
    queues: [aQueue()],
    risk: [aRiskEntry()],
    riskTotal: overrides.risk?.length ?? 1,
    alerts: [],
    ...overrides,
  });
}

/**
 * A pushed patch from board `base` of stream `run-1` to the next, which changed only the claims
 * queue's waiting count.
 */
export function aClaimsPatch(base: number, waiting: number): ConsoleBoardPatch {
  return consoleBoardPatchSchema.parse({
    base: { stream: 'run-1', seq: base },
    version: { stream: 'run-1', seq: base + 1 },
    generatedAt: new Date(FIXTURE_NOW + base * 1000).toISOString(),
    serviceLevelSeconds: THRESHOLDS.serviceLevelSeconds,
    thresholds: THRESHOLDS,
    riskTotal: 1,
    queues: { changed: [aQueue({ waiting })] },
    risk: { changed: [] },
    alerts: { changed: [] },
  });
}

/** The agents grid the gateway answers and pushes (`console.agents`). */
export function anAgentsGrid(agents: ConsoleAgent[] = [aConsoleAgent()]): ConsoleAgents {
  return consoleAgentsSchema.parse({ generatedAt: new Date(FIXTURE_NOW).toISOString(), agents });
}

export function aChatMessage(overrides: Partial<ChatMessage> = {}): ChatMessage {
  return {
    id: 'msg-1',
    contactId: 'contact-7',
    sender: 'customer',
    authorName: null,
    text: 'Where is my payout?',
    attachments: [],
    sentAt: secondsAgo(30),
    ...overrides,
  };
}
