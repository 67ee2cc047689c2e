/**
 * In-memory rate limits of one server node: a token bucket per realtime connection, and a sliding
 * one-minute (or one-hour) window of events per client address. Pure: time is passed in.
 */

/** Allows bursts of `capacity` messages, refilled at `perSecond`. */
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly capacity: number,
    private readonly perSecond: number,
    now: number,
  ) {
    this.tokens = capacity;
    this.last = now;
  }

  /** Takes one token; false when none is left. */
  take(now: number): boolean {
    this.tokens = Math.min(this.capacity, this.tokens + ((now - this.last) / 1000) * this.perSecond);
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

/** Counts events per key within the last `windowMs`; `limited` once `limit` are in the window. */
export class WindowCounter {
  private readonly events = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  private recent(key: string, now: number): number[] {
    const times = (this.events.get(key) ?? []).filter((time) => now - time < this.windowMs);
    if (times.length === 0) this.events.delete(key);
    else this.events.set(key, times);
    return times;
  }

  limited(key: string, now: number): boolean {
    return this.recent(key, now).length >= this.limit;
  }

  record(key: string, now: number): void {
    this.events.set(key, [...this.recent(key, now), now]);
  }

  /** Forgets keys with no event in the window (called periodically so the map does not grow). */
  sweep(now: number): void {
    for (const key of [...this.events.keys()]) this.recent(key, now);
  }

  get size(): number {
    return this.events.size;
  }
}
