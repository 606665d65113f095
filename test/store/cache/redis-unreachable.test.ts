/**
 * Redis configured but nothing listening (needs no server): the cache must keep answering
 * quickly with misses, say it is degraded, and log the outage once without secrets.
 */
import { pino } from 'pino';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CacheUnavailableError } from '../../../src/store/cache/cache-unavailable-error.js';
import { createCache } from '../../../src/store/cache/create-cache.js';
import type { Cache } from '../../../src/store/ports.js';
import { createRecordingLogger } from './support/redis-test-support.js';

// Port 1 is reserved (tcpmux) and refuses connections on any normal machine.
const unreachableUrl = 'redis://:s3cret-password@127.0.0.1:1';

describe('redis cache with Redis unreachable', () => {
  let cache: Cache | undefined;
  afterEach(async () => {
    await cache?.close();
  });

  it('answers misses quickly, computes through, and reports degraded', async () => {
    cache = createCache({ redisUrl: unreachableUrl, keyPrefix: 'unreachable:' });
    expect(cache.kind).toBe('redis');
    expect(cache.health()).toBe('degraded');

    const started = performance.now();
    await cache.set('k', { a: 1 }, 60);
    expect(await cache.get('k')).toBeUndefined();
    expect(await cache.getOrCompute('k', 60, async () => 'computed')).toBe('computed');
    expect(performance.now() - started).toBeLessThan(100);
  });

  it('still computes once for concurrent callers while Redis is down', async () => {
    cache = createCache({ redisUrl: unreachableUrl });
    let calls = 0;
    const compute = async () => {
      calls += 1;
      await new Promise((resolve) => setTimeout(resolve, 10));
      return calls;
    };
    const results = await Promise.all(
      Array.from({ length: 10 }, () => cache!.getOrCompute('k', 60, compute)),
    );
    expect(calls).toBe(1);
    expect(new Set(results)).toEqual(new Set([1]));
  });

  it('refuses to claim a delete it could not perform', async () => {
    cache = createCache({ redisUrl: unreachableUrl });
    await expect(cache.delete('k')).rejects.toBeInstanceOf(CacheUnavailableError);
  });

  it('logs one warning for the outage, however many reconnects fail, and no credentials', async () => {
    const logger = createRecordingLogger();
    cache = createCache({ redisUrl: unreachableUrl, logger });
    // Reconnect attempts run every 100-300 ms here; give several of them time to fail.
    await new Promise((resolve) => setTimeout(resolve, 800));
    await cache.get('k');
    expect(logger.lines).toHaveLength(1);
    expect(logger.lines[0]).toMatchObject({
      level: 'warn',
      context: { store: 'cache', redis: 'redis://127.0.0.1:1', code: 'ECONNREFUSED' },
    });
    expect(JSON.stringify(logger.lines)).not.toContain('s3cret');
  });

  it("takes the server's pino logger as is and writes a JSON warning", async () => {
    const written: string[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => written.push(line) });
    cache = createCache({ redisUrl: unreachableUrl, logger });
    await vi.waitFor(() => expect(written.length).toBeGreaterThan(0));
    const line = JSON.parse(written[0]!) as Record<string, unknown>;
    expect(line).toMatchObject({ level: 40, store: 'cache', code: 'ECONNREFUSED' });
    expect(written.join('')).not.toContain('s3cret');
  });

  it('is down once closed', async () => {
    const closing = createCache({ redisUrl: unreachableUrl });
    await closing.close();
    expect(closing.health()).toBe('down');
  });
});
