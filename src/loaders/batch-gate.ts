import DataLoader from 'dataloader';
import type { ColumnPlan } from './column-plan';

/**
 * When a request's batches are sent. DataLoader's default sends a batch once the promise jobs of
 * the current tick have run; a query whose branches resolve at different times then sends the same
 * relation more than once (an event whose participants are people and organizations waits for two
 * statements, so its people's quotes ask a tick later than those of an event with people only).
 *
 * The gate holds a batch back while another batch of the same request is still reading, and sends
 * every held batch together once none is: each level of a query costs one statement per loader,
 * however its branches interleave. A batch function must not wait on another gated loader (none
 * does: a relation page primes the by-id loaders, it never loads through them).
 */
export class BatchGate {
  private running = 0;
  private readonly ready: Array<() => void> = [];
  private readonly held: Array<() => void> = [];

  /**
   * DataLoader's batchScheduleFn. Batches that ask in the same tick go together after the current
   * promise jobs (as DataLoader's default), or are held when a batch of the request is reading.
   */
  readonly schedule = (dispatch: () => void): void => {
    this.ready.push(dispatch);
    if (this.ready.length === 1) void Promise.resolve().then(() => process.nextTick(() => this.flush()));
  };

  private flush(): void {
    const ready = this.ready.splice(0);
    if (this.running > 0) this.held.push(...ready);
    else for (const dispatch of ready) dispatch();
  }

  /** The batch function, counted while it reads. */
  wrap<K, V>(batch: DataLoader.BatchLoadFn<K, V>): DataLoader.BatchLoadFn<K, V> {
    return async (keys) => {
      this.running++;
      try {
        return await batch(keys);
      } finally {
        // setImmediate: after the promise jobs of what this batch resolved, which add keys to held batches.
        if (--this.running === 0) setImmediate(() => this.release());
      }
    };
  }

  private release(): void {
    if (this.running > 0) return;
    for (const dispatch of this.held.splice(0)) dispatch();
  }
}

/**
 * What every loader of a request shares (see createLoaders): DataLoader's `batch` and `cache`, the
 * request's BatchGate, and its ColumnPlan (which columns the operation needs).
 */
export type LoaderOptions = { batch?: boolean; cache?: boolean; gate?: BatchGate; plan?: ColumnPlan };

/** A DataLoader of a request: at most 500 keys per batch (SQLite's compound-select limit), sent through the request's gate when it has one (createLoaders makes none without batching). */
export function requestLoader<K, V, C = K>(
  batch: DataLoader.BatchLoadFn<K, V>,
  options: LoaderOptions,
  extra: Omit<DataLoader.Options<K, V, C>, 'batch' | 'cache' | 'batchScheduleFn'> = {},
): DataLoader<K, V, C> {
  const { gate, plan: _plan, ...settings } = options;
  return new DataLoader<K, V, C>(gate ? gate.wrap(batch) : batch, {
    maxBatchSize: 500, ...extra, ...settings, ...(gate ? { batchScheduleFn: gate.schedule } : {}),
  });
}
