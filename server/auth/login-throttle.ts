/**
 * Brute-force protection for sign-in, in memory on this node (several nodes would keep these
 * counters in Redis instead). Two limits, both answered with 429 and Retry-After:
 *
 * - per address: `ipFailures` failed sign-ins within `ipWindowMs` and the address is refused until
 *   the window ends. Only failures count, so a contact centre behind one NAT address signing in
 *   at the start of a shift is never throttled.
 * - per username (known or not: the answer never tells which): `userFreeFailures` failures, then
 *   each further attempt waits `userBaseLockMs`, doubling with every failure up to `userMaxLockMs`.
 *   Attempts during a lock are refused without being counted, and failures are forgotten
 *   `userForgetMs` after the last one, so no lock outlasts `userMaxLockMs`.
 *   An attacker elsewhere must not keep an agent out of their own desk: from an address where the
 *   agent signed in successfully within `trustedAddressMs`, failures count on a separate counter
 *   for that username at that address (same numbers), which the attacker's failures do not touch.
 */

export interface LoginThrottleLimits {
  ipFailures: number;
  ipWindowMs: number;
  userFreeFailures: number;
  userBaseLockMs: number;
  userMaxLockMs: number;
  userForgetMs: number;
  trustedAddressMs: number;
  /** Entries kept per map at most (the oldest go first): random usernames cannot exhaust memory. */
  maxEntries: number;
}

export const LOGIN_LIMITS: LoginThrottleLimits = {
  ipFailures: 20,
  ipWindowMs: 15 * 60_000,
  userFreeFailures: 5,
  userBaseLockMs: 30_000,
  userMaxLockMs: 15 * 60_000,
  userForgetMs: 15 * 60_000,
  trustedAddressMs: 30 * 86_400_000,
  maxEntries: 10_000,
};

interface WindowCount {
  count: number;
  windowEnd: number;
}

interface FailureCount {
  count: number;
  lastFailure: number;
  lockedUntil: number;
}

/** Map with a size cap: inserting past it drops the oldest entry. */
function setCapped<V>(map: Map<string, V>, key: string, value: V, max: number): void {
  map.delete(key);
  map.set(key, value);
  if (map.size > max) {
    const oldest = map.keys().next();
    if (!oldest.done) map.delete(oldest.value);
  }
}

export class LoginThrottle {
  private readonly limits: LoginThrottleLimits;
  private readonly byAddress = new Map<string, WindowCount>();
  private readonly byUser = new Map<string, FailureCount>();
  /** `username\naddress` → until when that address is trusted for that username. */
  private readonly trusted = new Map<string, number>();

  constructor(
    limits: Partial<LoginThrottleLimits> = {},
    private readonly now: () => number = Date.now,
  ) {
    this.limits = { ...LOGIN_LIMITS, ...limits };
  }

  /** Milliseconds to wait before this attempt may be tried, or 0 when it may go ahead now. */
  retryAfterMs(username: string, address: string): number {
    const now = this.now();
    const ip = this.byAddress.get(address);
    const ipWait =
      ip && ip.windowEnd > now && ip.count >= this.limits.ipFailures ? ip.windowEnd - now : 0;
    const user = this.byUser.get(this.userKey(username, address, now));
    const userWait = user && user.lockedUntil > now ? user.lockedUntil - now : 0;
    return Math.max(ipWait, userWait);
  }

  failed(username: string, address: string): void {
    const now = this.now();
    const { limits } = this;
    const ip = this.byAddress.get(address);
    const windowed =
      ip && ip.windowEnd > now ? ip : { count: 0, windowEnd: now + limits.ipWindowMs };
    setCapped(
      this.byAddress,
      address,
      { ...windowed, count: windowed.count + 1 },
      limits.maxEntries,
    );

    const key = this.userKey(username, address, now);
    const previous = this.byUser.get(key);
    const fresh = !previous || now - previous.lastFailure > limits.userForgetMs;
    const count = (fresh ? 0 : previous.count) + 1;
    const over = count - limits.userFreeFailures;
    const lockedUntil =
      over >= 0 ? now + Math.min(limits.userBaseLockMs * 2 ** over, limits.userMaxLockMs) : 0;
    setCapped(this.byUser, key, { count, lastFailure: now, lockedUntil }, limits.maxEntries);
  }

  /** A good sign-in: this username's counter at this address is cleared and the address trusted. */
  succeeded(username: string, address: string): void {
    const now = this.now();
    this.byUser.delete(this.userKey(username, address, now));
    setCapped(
      this.trusted,
      pairKey(username, address),
      now + this.limits.trustedAddressMs,
      this.limits.maxEntries,
    );
    this.byUser.delete(pairKey(username, address));
  }

  private userKey(username: string, address: string, now: number): string {
    const pair = pairKey(username, address);
    const trustedUntil = this.trusted.get(pair);
    return trustedUntil !== undefined && trustedUntil > now ? pair : normalise(username);
  }
}

const normalise = (username: string) => username.trim().toLowerCase();
const pairKey = (username: string, address: string) => `${normalise(username)}\n${address}`;
