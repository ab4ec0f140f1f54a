import { describe, expect, it } from 'vitest';
import { LOGIN_LIMITS, LoginThrottle } from './login-throttle.js';

const MINUTE = 60_000;

function throttleAt(start = 1_000_000) {
  const clock = { now: start };
  const throttle = new LoginThrottle({}, () => clock.now);
  const fail = (times: number, username = 'lin.wei', address = '10.0.0.1') => {
    for (let i = 0; i < times; i += 1) throttle.failed(username, address);
  };
  return { throttle, clock, fail };
}

describe('LoginThrottle', () => {
  it('documents its numbers', () => {
    expect(LOGIN_LIMITS).toMatchObject({
      ipFailures: 20,
      ipWindowMs: 15 * MINUTE,
      userFreeFailures: 5,
      userBaseLockMs: 30_000,
      userMaxLockMs: 15 * MINUTE,
      userForgetMs: 15 * MINUTE,
    });
  });

  it('lets five failures through, then makes the username wait 30 s, doubling up to 15 minutes', () => {
    const { throttle, clock, fail } = throttleAt();
    fail(4);
    expect(throttle.retryAfterMs('lin.wei', '10.0.0.1')).toBe(0);
    fail(1);
    expect(throttle.retryAfterMs('lin.wei', '10.0.0.1')).toBe(30_000);

    const waits: number[] = [];
    for (let i = 0; i < 6; i += 1) {
      clock.now += throttle.retryAfterMs('lin.wei', '10.0.0.1');
      fail(1);
      waits.push(throttle.retryAfterMs('lin.wei', '10.0.0.1'));
    }
    expect(waits).toEqual([60_000, 120_000, 240_000, 480_000, 900_000, 900_000]);
  });

  it('never locks for good: failures are forgotten 15 minutes after the last one', () => {
    const { throttle, clock, fail } = throttleAt();
    fail(12);
    expect(throttle.retryAfterMs('lin.wei', '10.0.0.1')).toBe(15 * MINUTE);
    clock.now += 15 * MINUTE + 1;
    expect(throttle.retryAfterMs('lin.wei', '10.0.0.1')).toBe(0);
    fail(1);
    expect(throttle.retryAfterMs('lin.wei', '10.0.0.1')).toBe(0);
  });

  it('treats usernames alike whatever their case, and leaves other usernames alone', () => {
    const { throttle, fail } = throttleAt();
    fail(5, 'Lin.Wei');
    expect(throttle.retryAfterMs('lin.wei ', '10.0.0.2')).toBe(30_000);
    expect(throttle.retryAfterMs('chen.jing', '10.0.0.1')).toBe(0);
  });

  it('keeps the agent’s own desk open: failures from elsewhere do not lock an address they signed in from', () => {
    const { throttle, fail } = throttleAt();
    throttle.succeeded('lin.wei', '10.0.0.1');
    fail(10, 'lin.wei', '203.0.113.9');
    expect(throttle.retryAfterMs('lin.wei', '203.0.113.9')).toBeGreaterThan(0);
    expect(throttle.retryAfterMs('lin.wei', '10.0.0.1')).toBe(0);
    // …which still has a lock of its own.
    fail(5, 'lin.wei', '10.0.0.1');
    expect(throttle.retryAfterMs('lin.wei', '10.0.0.1')).toBe(30_000);
  });

  it('refuses an address after 20 failures in 15 minutes, whatever the username, until the window ends', () => {
    const { throttle, clock } = throttleAt();
    for (let i = 0; i < 20; i += 1) throttle.failed(`guess-${String(i)}`, '198.51.100.7');
    expect(throttle.retryAfterMs('chen.jing', '198.51.100.7')).toBe(15 * MINUTE);
    expect(throttle.retryAfterMs('chen.jing', '198.51.100.8')).toBe(0);
    clock.now += 15 * MINUTE;
    expect(throttle.retryAfterMs('chen.jing', '198.51.100.7')).toBe(0);
  });

  it('clears a username’s failures on a good sign-in', () => {
    const { throttle, fail } = throttleAt();
    fail(4);
    throttle.succeeded('lin.wei', '10.0.0.1');
    fail(4);
    expect(throttle.retryAfterMs('lin.wei', '10.0.0.1')).toBe(0);
  });

  it('keeps a bounded number of entries, so random usernames cannot fill the memory', () => {
    const clock = { now: 0 };
    const throttle = new LoginThrottle({ maxEntries: 3 }, () => clock.now);
    for (let i = 0; i < 5; i += 1) throttle.failed('x', `10.0.0.${String(i)}`);
    const byAddress = (throttle as unknown as { byAddress: Map<string, unknown> }).byAddress;
    expect([...byAddress.keys()]).toEqual(['10.0.0.2', '10.0.0.3', '10.0.0.4']);
  });
});
