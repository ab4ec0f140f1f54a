import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DeliveryMeta } from '../../shared/schemas/socket.js';
import { AgentDelivery, type DeliverySocket } from './agent-delivery.js';

interface Received {
  event: string;
  seq: number;
}

/** A desktop's socket: records what reaches it, directly or through the agent's room. */
class Desktop implements DeliverySocket {
  connected = true;
  /** A pulled cable: socket.io still thinks it is connected, but nothing arrives. */
  cableOut = false;
  readonly received: Received[] = [];
  disconnected = false;
  constructor(readonly id: string) {}
  emit(event: string, _payload: unknown, meta: DeliveryMeta) {
    if (this.connected && !this.cableOut) this.received.push({ event, seq: meta.seq });
  }
  disconnect() {
    this.connected = false;
    this.disconnected = true;
  }
  seqs() {
    return this.received.map((r) => r.seq);
  }
}

const ended = (contactId: string) => ({ contactId, reason: 'abandoned' as const });

describe('AgentDelivery', () => {
  let clock: number;
  let rooms: Map<string, Desktop[]>;
  let delivery: AgentDelivery;

  const make = (options: { retainMs?: number; maxRetained?: number } = {}) =>
    new AgentDelivery({
      log: pino({ level: 'silent' }),
      emitToRoom: (agentId, event, payload, meta) => {
        for (const desktop of rooms.get(agentId) ?? []) desktop.emit(event, payload, meta);
      },
      resendAfterMs: 2_000,
      now: () => clock,
      ...options,
    });
  const join = (agentId: string, desktop: Desktop) => rooms.set(agentId, [...(rooms.get(agentId) ?? []), desktop]);
  const leave = (agentId: string, desktop: Desktop) => {
    desktop.connected = false;
    rooms.set(agentId, (rooms.get(agentId) ?? []).filter((d) => d !== desktop));
    delivery.forget(desktop.id);
  };
  const advance = (ms: number) => {
    clock += ms;
    vi.advanceTimersByTime(ms);
  };

  beforeEach(() => {
    vi.useFakeTimers();
    clock = 1_000_000;
    rooms = new Map();
    delivery = make();
  });
  afterEach(() => {
    delivery.close();
    vi.useRealTimers();
  });

  it('numbers each agent’s events one by one, separately per agent', () => {
    const a = new Desktop('a');
    const b = new Desktop('b');
    join('AG-1', a);
    join('AG-2', b);
    delivery.send('AG-1', 'contact.ended', ended('c1'));
    delivery.send('AG-1', 'contact.ended', ended('c2'));
    delivery.send('AG-2', 'contact.ended', ended('c3'));
    expect(a.seqs()).toEqual([1, 2]);
    expect(b.seqs()).toEqual([1]);
  });

  it('re-sends to a desktop what it has not acknowledged after 2 s, and stops once it has', () => {
    const desk = new Desktop('d1');
    join('AG-1', desk);
    delivery.ready(desk, 'AG-1', null);
    delivery.send('AG-1', 'contact.ended', ended('c1'));
    advance(1_999);
    expect(desk.seqs()).toEqual([1]);
    advance(1);
    expect(desk.seqs()).toEqual([1, 1]);
    delivery.ack('d1', { epoch: delivery.epoch, seq: 1 });
    advance(10_000);
    expect(desk.seqs()).toEqual([1, 1]);
  });

  it('does not re-send to desktops that never asked for delivery', () => {
    const legacy = new Desktop('old');
    join('AG-1', legacy);
    delivery.send('AG-1', 'contact.ended', ended('c1'));
    advance(10_000);
    expect(legacy.seqs()).toEqual([1]);
  });

  it('replays what a reconnecting desktop missed, in order, and says it resumed', () => {
    const first = new Desktop('d1');
    join('AG-1', first);
    delivery.ready(first, 'AG-1', null);
    delivery.send('AG-1', 'contact.ended', ended('c1'));
    delivery.ack('d1', { epoch: delivery.epoch, seq: 1 });
    leave('AG-1', first);
    delivery.send('AG-1', 'contact.ended', ended('c2'));
    delivery.send('AG-1', 'contact.ended', ended('c3'));

    const second = new Desktop('d2');
    join('AG-1', second);
    const state = delivery.ready(second, 'AG-1', { epoch: delivery.epoch, seq: 1 });
    expect(state).toEqual({ epoch: delivery.epoch, seq: 3, resumed: true });
    expect(second.seqs()).toEqual([2, 3]);
  });

  it('starts a desktop afresh when it comes from another run or what it lacks is gone', () => {
    delivery.send('AG-1', 'contact.ended', ended('c1'));
    const fromOtherRun = new Desktop('d1');
    expect(delivery.ready(fromOtherRun, 'AG-1', { epoch: 'old-run', seq: 0 })).toMatchObject({ seq: 1, resumed: false });
    expect(fromOtherRun.seqs()).toEqual([]);

    advance(121_000); // past the retention window; nobody connected needs #1
    delivery.send('AG-1', 'contact.ended', ended('c2'));
    delivery.ack('d1', { epoch: delivery.epoch, seq: 2 });
    advance(121_000);
    delivery.send('AG-1', 'contact.ended', ended('c3'));
    const late = new Desktop('d2');
    expect(delivery.ready(late, 'AG-1', { epoch: delivery.epoch, seq: 0 })).toMatchObject({ seq: 3, resumed: false });
  });

  it('keeps what a connected desktop has not acknowledged past the retention window', () => {
    const slow = new Desktop('d1');
    join('AG-1', slow);
    delivery.ready(slow, 'AG-1', null);
    slow.cableOut = true;
    delivery.send('AG-1', 'contact.ended', ended('c1'));
    advance(300_000);
    expect(delivery.stats().retained).toBe(1);
    expect(slow.seqs()).toEqual([]);
    slow.cableOut = false;
    advance(2_000);
    expect(slow.seqs()).toEqual([1]);
  });

  it('resyncs a desktop that lagged past the log’s bound instead of leaving a gap', () => {
    delivery.close();
    delivery = make({ maxRetained: 3 });
    const lagging = new Desktop('d1');
    join('AG-1', lagging);
    delivery.ready(lagging, 'AG-1', null);
    lagging.cableOut = true;
    for (let i = 1; i <= 5; i++) delivery.send('AG-1', 'contact.ended', ended(`c${String(i)}`));
    lagging.cableOut = false;
    advance(2_000);
    expect(lagging.disconnected).toBe(true);
    expect(lagging.seqs()).toEqual([]);
  });
});
