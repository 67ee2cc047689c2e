// The write batcher: items within the delay share one write, a full batch goes at once, a failed write
// reaches every caller of that batch and no other.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Batcher } from './batch';

describe('Batcher', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes the items added within the delay together, once', async () => {
    const writes: number[][] = [];
    const batcher = new Batcher(async (items: number[]) => (writes.push(items), items.length), 10, 100);
    const results = [batcher.add(1), batcher.add(2), batcher.add(3)];
    expect(writes).toEqual([]);
    await vi.advanceTimersByTimeAsync(10);
    expect(writes).toEqual([[1, 2, 3]]);
    expect(await Promise.all(results)).toEqual([3, 3, 3]);
    const later = batcher.add(4);
    await vi.advanceTimersByTimeAsync(10);
    expect(await later).toBe(1);
    expect(writes).toEqual([[1, 2, 3], [4]]);
  });

  it('writes a full batch without waiting, and the rest after the delay', async () => {
    const writes: number[][] = [];
    const batcher = new Batcher(async (items: number[]) => void writes.push(items), 1000, 2);
    void batcher.add(1);
    void batcher.add(2);
    void batcher.add(3);
    await vi.advanceTimersByTimeAsync(0);
    expect(writes).toEqual([[1, 2]]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(writes).toEqual([[1, 2], [3]]);
  });

  it('rejects the callers of a failed write only', async () => {
    let fail = true;
    const batcher = new Batcher(
      async (items: string[]) => {
        if (fail) throw new Error('disk full');
        return items.join();
      },
      5,
      10,
    );
    const failed = [batcher.add('a'), batcher.add('b')].map((promise) => promise.catch((error: Error) => error.message));
    await vi.advanceTimersByTimeAsync(5);
    expect(await Promise.all(failed)).toEqual(['disk full', 'disk full']);
    fail = false;
    const ok = batcher.add('c');
    await vi.advanceTimersByTimeAsync(5);
    expect(await ok).toBe('c');
  });
});
