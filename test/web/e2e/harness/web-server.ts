/**
 * The real app (`buildApp` from the sources, every plugin and port as production wires them) on
 * 127.0.0.1 with an ephemeral port and a throw-away data directory; it serves dist/web at `/`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../../../../src/config.js';
import { buildApp } from '../../../../src/server/app.js';

export interface WebServer {
  baseUrl: string;
  close(): Promise<void>;
}

export async function startWebServer(env: Record<string, string> = {}): Promise<WebServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'rh-web-e2e-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    HOST: '127.0.0.1',
    PORT: '0',
    DATA_DIR: dataDir,
    WORKERS: '1',
    CACHE_TTL_SECONDS: '0',
    RATE_LIMIT_ANALYSES: '1000',
    RATE_LIMIT_REQUESTS: '10000',
    ...env,
  });
  const app = await buildApp({ config });
  try {
    await app.listen({ host: config.host, port: 0 });
  } catch (error) {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  const { port } = app.server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    close: async () => {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
