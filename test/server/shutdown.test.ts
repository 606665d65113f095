/** Graceful shutdown: close() lets an in-flight upload finish, then refuses new work. */
import { describe, expect, it } from 'vitest';
import { multipart, resumeFile, startTestApp } from './helpers.js';

describe('graceful shutdown', () => {
  it('drains an in-flight request before closing the pool and stores', async () => {
    const { app, services } = await startTestApp({ CACHE_TTL_SECONDS: '0' });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = app.server.address() as { port: number };
    const base = `http://127.0.0.1:${port}`;
    let isPoolClosed = false;
    const closePool = services.pool.close;
    services.pool.close = async () => {
      isPoolClosed = true;
      await closePool();
    };
    const body = await multipart([resumeFile()]);
    const inFlight = fetch(`${base}/api/v1/analyses`, {
      method: 'POST',
      headers: body.headers,
      body: new Uint8Array(body.payload),
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const closing = app.close();
    const res = await inFlight;
    expect(res.status).toBe(201);
    expect(((await res.json()) as { id: string }).id).toBeTruthy();
    await closing;
    expect(isPoolClosed).toBe(true);
    await expect(fetch(`${base}/health`)).rejects.toThrow();
  });
});
