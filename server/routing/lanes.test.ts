import { describe, expect, it } from 'vitest';
import { Lanes } from './lanes.js';

/** A step that records when it starts and ends, and finishes when told. */
function gate(log: string[], name: string) {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return {
    open,
    run: async () => {
      log.push(`${name} start`);
      await opened;
      log.push(`${name} end`);
      return name;
    },
  };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('Lanes: routing steps ordered by what they touch', () => {
  it('runs steps on one key one at a time and in order, and steps on other keys beside them', async () => {
    const lanes = new Lanes();
    const log: string[] = [];
    const a1 = gate(log, 'a1');
    const a2 = gate(log, 'a2');
    const b = gate(log, 'b');
    const done = [lanes.run(['contact:a'], a1.run), lanes.run(['contact:a', 'agent:x'], a2.run), lanes.run(['contact:b'], b.run)];
    await settle();
    expect(log).toEqual(['a1 start', 'b start']);
    b.open();
    await settle();
    expect(log).toContain('b end');
    expect(log).not.toContain('a2 start');
    a1.open();
    await settle();
    expect(log.slice(-2)).toEqual(['a1 end', 'a2 start']);
    a2.open();
    await expect(Promise.all(done)).resolves.toEqual(['a1', 'a2', 'b']);
  });

  it('gives a failing step its error and lets the steps after it run', async () => {
    const lanes = new Lanes();
    const failed = lanes.run(['contact:a'], () => Promise.reject(new Error('database away')));
    const next = lanes.run(['contact:a'], () => Promise.resolve('ran'));
    await expect(failed).rejects.toThrow('database away');
    await expect(next).resolves.toBe('ran');
  });

  it('runs an exclusive step after everything queued before it and before everything after', async () => {
    const lanes = new Lanes();
    const log: string[] = [];
    const before = gate(log, 'before');
    const barrier = gate(log, 'barrier');
    const done = [lanes.run(['contact:a'], before.run), lanes.exclusive(barrier.run), lanes.run(['contact:z'], () => Promise.resolve(log.push('after')))];
    await settle();
    expect(log).toEqual(['before start']);
    before.open();
    await settle();
    expect(log).toEqual(['before start', 'before end', 'barrier start']);
    barrier.open();
    await Promise.all(done);
    expect(log.at(-1)).toBe('after');
  });

  it('lets a running step claim an idle lane only, and holds later steps on it until released', async () => {
    const lanes = new Lanes();
    const log: string[] = [];
    const busy = gate(log, 'busy');
    const running = lanes.run(['contact:busy'], busy.run);
    expect(lanes.tryClaim('contact:busy')).toBeNull();
    const release = lanes.tryClaim('contact:idle');
    expect(release).not.toBeNull();
    expect(lanes.isIdle('contact:idle')).toBe(false);
    const later = lanes.run(['contact:idle'], () => Promise.resolve(log.push('later')));
    await settle();
    expect(log).not.toContain('later');
    release?.();
    await later;
    busy.open();
    await running;
    await settle();
    expect(lanes.isIdle('contact:idle')).toBe(true);
    expect(lanes.isIdle('contact:busy')).toBe(true);
  });

  it('runs no more than its limit at once, in the order queued, and drains', async () => {
    const lanes = new Lanes(2);
    const log: string[] = [];
    const gates = ['s1', 's2', 's3'].map((name) => gate(log, name));
    const done = gates.map((g, i) => lanes.run([`contact:${i}`], g.run));
    await settle();
    expect(log).toEqual(['s1 start', 's2 start']);
    gates[1]?.open();
    await settle();
    expect(log).toEqual(['s1 start', 's2 start', 's2 end', 's3 start']);
    let drained = false;
    const draining = lanes.drain().then(() => (drained = true));
    await settle();
    expect(drained).toBe(false);
    gates[0]?.open();
    gates[2]?.open();
    await Promise.all([...done, draining]);
    expect(drained).toBe(true);
  });
});
