import { describe, expect, it } from 'vitest';
import { TokenBucket, WindowCounter } from './rate-limit';

describe('TokenBucket', () => {
  it('allows a burst, refuses the next message, and refills over time', () => {
    const bucket = new TokenBucket(3, 2, 0);
    expect([bucket.take(0), bucket.take(0), bucket.take(0), bucket.take(0)]).toEqual([true, true, true, false]);
    expect(bucket.take(400)).toBe(false);
    expect(bucket.take(500)).toBe(true);
    // Never more than the capacity, however long the pause.
    expect([bucket.take(60_000), bucket.take(60_000), bucket.take(60_000), bucket.take(60_000)]).toEqual([true, true, true, false]);
  });
});

describe('WindowCounter', () => {
  it('limits once `limit` events fall within the window, per key, and forgets old events', () => {
    const counter = new WindowCounter(20, 60_000);
    for (let i = 0; i < 19; i += 1) counter.record('10.0.0.1', 1000 + i);
    expect(counter.limited('10.0.0.1', 2000)).toBe(false);
    counter.record('10.0.0.1', 2000);
    expect(counter.limited('10.0.0.1', 2001)).toBe(true);
    expect(counter.limited('10.0.0.2', 2001)).toBe(false);
    // Each event leaves the window 60 s after it happened.
    expect(counter.limited('10.0.0.1', 60_999)).toBe(true);
    expect(counter.limited('10.0.0.1', 61_000)).toBe(false);
    counter.sweep(200_000);
    expect(counter.size).toBe(0);
  });
});
