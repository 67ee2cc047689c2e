/**
 * Gathers items for a few milliseconds and hands them to one write together: a lab result from each of
 * a thousand mentees every second becomes a few statements a second instead of a thousand. Knows nothing
 * of classes; each caller gets the outcome of the batch its item went into.
 */

export class Batcher<T, R> {
  private pending: { item: T; resolve: (result: R) => void; reject: (error: unknown) => void }[] = [];
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly write: (items: T[]) => Promise<R>,
    private readonly delayMs: number,
    /** A batch this large is written at once rather than waiting for the delay. */
    private readonly maxItems: number,
  ) {}

  add(item: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.pending.push({ item, resolve, reject });
      if (this.pending.length >= this.maxItems) this.flush();
      else this.timer ??= setTimeout(() => this.flush(), this.delayMs);
    });
  }

  /** Writes what is pending now (also used on shutdown so that nothing waits for the timer). */
  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const batch = this.pending;
    this.pending = [];
    if (batch.length === 0) return;
    this.write(batch.map((entry) => entry.item)).then(
      (result) => batch.forEach((entry) => entry.resolve(result)),
      (error: unknown) => batch.forEach((entry) => entry.reject(error)),
    );
  }
}
