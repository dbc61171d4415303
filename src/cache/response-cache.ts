/**
 * A whole-response cache for anonymous reads, and the HTTP cache headers of GET queries.
 * - Bounded in entries and bytes, least recently used first out; an entry lives at most `ttlMs`
 *   (writes by another process, such as the bulk ingest CLI, show within that time).
 * - Cleared by any write of this server: every mutation clears it when it starts and when it ends,
 *   and a read that began before a write does not store what it read (the generation check).
 * - Only anonymous queries without errors are stored; requests with an API key always execute.
 * Apollo's cacheControl plugin stays off: it wraps every field resolver, which costs each read more
 * than a fixed policy (every query of this API is public data) does.
 */
import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestListener } from '@apollo/server';
import type { FormattedExecutionResult } from 'graphql';

interface Entry { result: FormattedExecutionResult; bytes: number; expires: number }

/** The response cache of one server (shared by every request). */
export class ResponseCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;
  /** Bumped by every clear: a read stores its result only if no write happened while it ran. */
  generation = 0;

  constructor(readonly maxEntries: number, readonly maxBytes: number, readonly ttlMs: number) {}

  get enabled(): boolean { return this.maxEntries > 0 && this.ttlMs > 0; }

  get size(): number { return this.entries.size; }

  /** The stored result for `key`, refreshed as most recently used; undefined when absent or expired. */
  get(key: string): FormattedExecutionResult | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.remove(key);
    if (entry.expires <= Date.now()) return undefined;
    this.entries.set(key, entry);
    this.bytes += entry.bytes;
    return entry.result;
  }

  /** Store a result read during `generation`; nothing when a write happened since, or when it is too large. */
  set(key: string, result: FormattedExecutionResult, generation: number): void {
    if (generation !== this.generation) return;
    const bytes = key.length + JSON.stringify(result).length;
    if (bytes > this.maxBytes / 10) return;
    this.remove(key);
    this.entries.set(key, { result, bytes, expires: Date.now() + this.ttlMs });
    this.bytes += bytes;
    for (const [oldest] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.bytes <= this.maxBytes) break;
      this.remove(oldest);
    }
  }

  /** Forget everything (any write). */
  clear(): void {
    this.generation++;
    this.entries.clear();
    this.bytes = 0;
  }

  private remove(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.bytes;
  }
}

/**
 * The Apollo plugin: serves anonymous queries from `cache` (`x-response-cache: hit` or `miss`),
 * clears it on every mutation, and gives successful anonymous GET queries
 * `Cache-Control: public, max-age=<maxAgeSeconds>` (anything else: `no-store`).
 */
export function responseCachePlugin(cache: ResponseCache, maxAgeSeconds: number): ApolloServerPlugin<{ canWrite: boolean }> {
  return {
    async requestDidStart({ contextValue, request }) {
      const generation = cache.generation;
      let key: string | null = null;
      let hit = false;
      const listener: GraphQLRequestListener<{ canWrite: boolean }> = {
        async responseForOperation({ operation, source }) {
          if (operation.operation === 'mutation') cache.clear();
          if (operation.operation !== 'query' || contextValue.canWrite || !cache.enabled) return null;
          key = JSON.stringify([source, request.operationName ?? null, request.variables ?? {}]);
          const result = cache.get(key);
          if (!result) return null;
          hit = true;
          return { http: { headers: new HeaderMap() }, body: { kind: 'single', singleResult: result } };
        },
        async willSendResponse({ response, operation }) {
          if (operation?.operation === 'mutation') cache.clear();
          const single = response.body.kind === 'single' ? response.body.singleResult : null;
          const ok = single !== null && !single.errors && (response.http.status ?? 200) === 200;
          if (key && !hit && ok) cache.set(key, single as FormattedExecutionResult, generation);
          if (key) response.http.headers.set('x-response-cache', hit ? 'hit' : 'miss');
          const cacheable = ok && key !== null && request.http?.method === 'GET' && maxAgeSeconds > 0;
          response.http.headers.set('cache-control', cacheable ? `public, max-age=${maxAgeSeconds}` : 'no-store');
        },
      };
      return listener;
    },
  };
}
