/** The one config schema: defaults, one clear message per bad value, secrets never echoed. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigError, describeConfig, loadConfig } from '../../src/config.js';

function problemsOf(env: Record<string, string>): readonly string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('loadConfig', () => {
  it('runs with no configuration at all, bound to loopback', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      host: '127.0.0.1',
      port: 8080,
      dataDir: './data',
      databaseUrl: undefined,
      redisUrl: undefined,
      retentionDays: 0,
      maxUploadBytes: 10 * 1024 * 1024,
    });
  });

  it('treats empty values as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '' })).toMatchObject({
      port: 8080,
      databaseUrl: undefined,
    });
  });

  it.each([
    [{ PORT: 'eighty' }, /^PORT: /],
    [{ PORT: '70000' }, /^PORT: .*65535/],
    [{ WORKERS: '0' }, /^WORKERS: /],
    [{ LOG_LEVEL: 'loud' }, /^LOG_LEVEL: /],
    [{ NODE_ENV: 'staging' }, /^NODE_ENV: /],
    [{ DATABASE_URL: 'mysql://x' }, /^DATABASE_URL: must be a URL starting with postgres/],
    [{ REDIS_URL: 'not a url' }, /^REDIS_URL: must be a URL/],
    [{ CORS_ORIGINS: 'app.example.com' }, /^CORS_ORIGINS: must be a comma-separated list/],
    [{ NODE_ENV: 'production', CORS_ORIGINS: '*' }, /^CORS_ORIGINS: .*never '\*'/],
    [{ RETENTION_DAYS: '30' }, /^ENCRYPTION_KEY: is required when RETENTION_DAYS > 0/],
    [{ ENCRYPTION_KEY: 'short' }, /^ENCRYPTION_KEY: must be 32 bytes/],
  ])('explains a bad value: %o', (env, message) => {
    const problems = problemsOf(env);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(message);
  });

  it('reports every bad value at once', () => {
    expect(problemsOf({ PORT: '-1', WORKERS: 'many', QUEUE_MAX: '-5' })).toHaveLength(3);
  });

  it('never echoes a secret in its messages or its loggable summary', () => {
    const secret = 'postgres://admin:hunter2hunter2@db.internal:5432/app';
    const bad = problemsOf({ ENCRYPTION_KEY: 'hunter2hunter2', DATABASE_URL: 'x hunter2' });
    expect(bad.join('\n')).not.toContain('hunter2');
    const key = Buffer.alloc(32, 1).toString('hex');
    const config = loadConfig({ DATABASE_URL: secret, ENCRYPTION_KEY: key, RETENTION_DAYS: '7' });
    expect(config.encryptionKey).toHaveLength(32);
    const summary = JSON.stringify(describeConfig(config));
    expect(summary).not.toContain('hunter2');
    expect(summary).not.toContain(key);
    expect(summary).toContain('db.internal');
  });

  it('accepts an encryption key as hex or base64', () => {
    const bytes = Buffer.alloc(32, 9);
    for (const text of [bytes.toString('hex'), bytes.toString('base64')]) {
      expect(loadConfig({ ENCRYPTION_KEY: text }).encryptionKey).toEqual(bytes);
    }
  });

  it('sizes the upload budget for one largest upload per worker unless it is set', () => {
    const MiB = 1024 * 1024;
    expect(loadConfig({}).uploadBufferBytes).toBe(24 * MiB);
    expect(loadConfig({ WORKERS: '4', MAX_UPLOAD_MB: '5' }).uploadBufferBytes).toBe(24 * MiB);
    expect(loadConfig({ WORKERS: '4' }).uploadBufferBytes).toBe(44 * MiB);
    expect(loadConfig({ UPLOAD_BUFFER_MB: '12' }).uploadBufferBytes).toBe(12 * MiB);
  });

  it('lists every default in .env.example', () => {
    const lines = readFileSync(new URL('../../.env.example', import.meta.url), 'utf8').split('\n');
    const example = Object.fromEntries(
      lines
        .filter((line) => /^[A-Z][A-Z0-9_]*=/.test(line))
        .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
    );
    expect(Object.keys(example).length).toBeGreaterThan(20);
    expect(loadConfig(example)).toEqual(loadConfig({}));
  });
});
