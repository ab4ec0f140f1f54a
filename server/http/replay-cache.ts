/**
 * Signatures already accepted, each kept until its timestamp leaves the replay window (after
 * that the window check refuses it anyway). In memory and per gateway node: a second node does
 * not see the first one's entries.
 *
 * Bounded: at `capacity` the oldest entry is dropped, expired or not (entries arrive in roughly
 * the order they expire). The default holds more than the rate limit lets one source send in a
 * window (100 a second × 300 s = 30,000), so eviction of live entries needs several sources at
 * full rate for minutes.
 */
export const DEFAULT_REPLAY_CACHE_SIZE = 100_000;

export class ReplayCache {
  /** key → when it may be forgotten (ms since the epoch); Map keeps insertion order. */
  private readonly entries = new Map<string, number>();

  constructor(readonly capacity = DEFAULT_REPLAY_CACHE_SIZE) {
    if (!Number.isInteger(capacity) || capacity < 1)
      throw new Error('capacity must be a positive integer');
  }

  get size(): number {
    return this.entries.size;
  }

  /** Records `key` until `expiresAt`; false (recording nothing) when it is already recorded and live. */
  remember(key: string, expiresAt: number, now: number): boolean {
    const known = this.entries.get(key);
    if (known !== undefined && known > now) return false;
    this.entries.delete(key);
    this.prune(now);
    this.entries.set(key, expiresAt);
    return true;
  }

  /** Drops `key` (its request was turned away before it did anything, e.g. rate limited). */
  forget(key: string): void {
    this.entries.delete(key);
  }

  /** Expired entries at the front go; then the oldest until there is room for one more. */
  private prune(now: number): void {
    for (const [key, expiresAt] of this.entries) {
      if (expiresAt > now && this.entries.size < this.capacity) break;
      this.entries.delete(key);
    }
  }
}
