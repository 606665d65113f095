/**
 * The one config schema (DESIGN.md, principle 6). Every setting of the service is declared here,
 * validated once at start-up from an environment-like record, and passed down as a typed object.
 * No other module reads `process.env`.
 */
import { z } from 'zod';
import { parseEncryptionKey } from './store/crypto/index.js';

const MiB = 1024 * 1024;

const integer = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
const optionalUrl = (protocols: RegExp) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value) => (value === '' ? undefined : value))
    .refine((value) => value === undefined || (URL.canParse(value) && protocols.test(value)), {
      message: `must be a URL starting with ${protocols.source.replace(/[\\^()]/g, '')}`,
    });

function decodeKey(value: string): Buffer | undefined {
  try {
    return Buffer.from(parseEncryptionKey(value));
  } catch {
    return undefined;
  }
}

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    // Loopback by default: a fresh clone must not expose itself to the network by accident.
    // Containers and hosts behind a proxy set HOST=0.0.0.0 explicitly.
    HOST: z.string().trim().min(1).default('127.0.0.1'),
    PORT: integer(0, 65535).default(8080),
    DATA_DIR: z.string().trim().min(1).default('./data'),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
      .default('info'),
    DATABASE_URL: optionalUrl(/^(postgres|postgresql):\/\//),
    REDIS_URL: optionalUrl(/^(redis|rediss):\/\//),
    CORS_ORIGINS: z
      .string()
      .default('')
      .transform((value) =>
        value
          .split(',')
          .map((origin) => origin.trim())
          .filter(Boolean),
      )
      .refine((origins) => origins.every((o) => o === '*' || /^https?:\/\/[^/\s]+$/.test(o)), {
        message: 'must be a comma-separated list of origins like https://app.example.com',
      }),
    // Uploads analysed per IP and window; other API calls have their own, larger allowance.
    RATE_LIMIT_WINDOW_SECONDS: integer(1, 86_400).default(60),
    RATE_LIMIT_ANALYSES: integer(0, 1_000_000).default(30),
    RATE_LIMIT_REQUESTS: integer(0, 10_000_000).default(300),
    WORKERS: integer(1, 64).default(2),
    QUEUE_MAX: integer(0, 10_000).default(32),
    DOC_TIMEOUT_MS: integer(100, 600_000).default(10_000),
    WORKER_MAX_OLD_MB: integer(32, 16_384).default(256),
    // Nice value of the parse threads (Linux): 0 keeps them level with the event loop.
    WORKER_NICE: integer(0, 19).default(10),
    // Analyses of a bundled sample per parse thread before the server listens (JIT warm-up).
    WORKER_WARMUP_RUNS: integer(0, 1_000).default(30),
    MAX_UPLOAD_MB: integer(1, 100).default(10),
    // Upload bytes buffered at once across requests; the rest wait unread (plugins/upload-budget).
    // Unset: enough for every worker to hold a largest upload (see `defaultUploadBufferMb`).
    UPLOAD_BUFFER_MB: integer(1, 16_384).optional(),
    RETENTION_DAYS: integer(0, 3650).default(0),
    ENCRYPTION_KEY: z.string().trim().optional(),
    CACHE_TTL_SECONDS: integer(0, 30 * 86_400).default(3600),
    SHUTDOWN_GRACE_MS: integer(0, 300_000).default(10_000),
    // Proxy hops to trust for the client address (per-IP limits); 0 when clients connect directly.
    TRUST_PROXY_HOPS: integer(0, 10).default(0),
    // Language model for the premium tier: any OpenAI-compatible server. Unset: engine only.
    LLM_BASE_URL: optionalUrl(/^https?:\/\//),
    LLM_MODEL: z.string().trim().min(1).optional(),
    LLM_API_KEY: z.string().trim().optional(),
    OPENAI_API_KEY: z.string().trim().optional(),
    LLM_TIMEOUT_MS: integer(1_000, 600_000).default(60_000),
    LLM_MAX_TOKENS: integer(64, 200_000).default(2_048),
    LLM_MAX_CONCURRENCY: integer(1, 256).default(4),
    LLM_DAILY_TOKEN_BUDGET: integer(0, Number.MAX_SAFE_INTEGER).default(0),
    // Premium (AI rewrites, cover letters) for everyone until payments exist (issue 6).
    PREMIUM_OPEN: z
      .enum(['true', 'false', '1', '0'])
      .default('true')
      .transform((value) => value === 'true' || value === '1'),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && env.CORS_ORIGINS.includes('*')) {
      ctx.addIssue({
        code: 'custom',
        path: ['CORS_ORIGINS'],
        message: "must list origins explicitly in production, never '*'",
      });
    }
    if (env.ENCRYPTION_KEY && !decodeKey(env.ENCRYPTION_KEY)) {
      ctx.addIssue({
        code: 'custom',
        path: ['ENCRYPTION_KEY'],
        message: 'must be 32 bytes written as 64 hex digits or base64',
      });
    }
    if (env.RETENTION_DAYS > 0 && !env.ENCRYPTION_KEY) {
      ctx.addIssue({
        code: 'custom',
        path: ['ENCRYPTION_KEY'],
        message: 'is required when RETENTION_DAYS > 0 (raw text is only stored encrypted)',
      });
    }
    // A self-hosted server has no sensible default model; only OpenAI's API gets one.
    if (env.LLM_BASE_URL && !env.LLM_MODEL) {
      ctx.addIssue({
        code: 'custom',
        path: ['LLM_MODEL'],
        message: 'is required when LLM_BASE_URL is set',
      });
    }
  });

type Env = z.output<typeof schema>;

export interface Config {
  env: Env['NODE_ENV'];
  isProduction: boolean;
  host: string;
  port: number;
  dataDir: string;
  logLevel: Env['LOG_LEVEL'];
  databaseUrl: string | undefined;
  redisUrl: string | undefined;
  corsOrigins: readonly string[];
  rateLimit: { windowMs: number; analyses: number; requests: number };
  workers: number;
  queueMax: number;
  docTimeoutMs: number;
  workerMaxOldMb: number;
  workerNice: number;
  /** Sample analyses per parse thread before listening (worker/warm-up-sample.ts); 0: none. */
  workerWarmUpRuns: number;
  maxUploadBytes: number;
  uploadBufferBytes: number;
  retentionDays: number;
  /** The decoded 32-byte AES-256-GCM key; never logged (see `describeConfig`). */
  encryptionKey: Buffer | undefined;
  cacheTtlSeconds: number;
  shutdownGraceMs: number;
  trustProxyHops: number;
  /** Whether premium endpoints are open to everyone; closed → 403 PREMIUM_DISABLED. */
  premiumOpen: boolean;
  llm: LlmSettings;
}

export interface LlmSettings {
  /** Undefined: no model configured, premium answers come from the engine alone. */
  baseUrl: string | undefined;
  model: string;
  /** Never logged (see `describeConfig`). */
  apiKey: string | undefined;
  timeoutMs: number;
  maxTokens: number;
  maxConcurrency: number;
  /** Tokens per UTC day; 0 = unlimited. */
  dailyTokenBudget: number;
}

export class ConfigError extends Error {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

/** Validates the environment once; throws a ConfigError naming every bad setting. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  // Empty values count as unset, as in most .env tooling.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    // Messages name the variable and the rule, never the value: it may be a secret.
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join('.') || 'config'}: ${issue.message}`),
    );
  }
  const e = parsed.data;
  return {
    env: e.NODE_ENV,
    isProduction: e.NODE_ENV === 'production',
    host: e.HOST,
    port: e.PORT,
    dataDir: e.DATA_DIR,
    logLevel: e.LOG_LEVEL,
    databaseUrl: e.DATABASE_URL,
    redisUrl: e.REDIS_URL,
    corsOrigins: e.CORS_ORIGINS,
    rateLimit: {
      windowMs: e.RATE_LIMIT_WINDOW_SECONDS * 1000,
      analyses: e.RATE_LIMIT_ANALYSES,
      requests: e.RATE_LIMIT_REQUESTS,
    },
    workers: e.WORKERS,
    queueMax: e.QUEUE_MAX,
    docTimeoutMs: e.DOC_TIMEOUT_MS,
    workerMaxOldMb: e.WORKER_MAX_OLD_MB,
    workerNice: e.WORKER_NICE,
    workerWarmUpRuns: e.WORKER_WARMUP_RUNS,
    maxUploadBytes: e.MAX_UPLOAD_MB * MiB,
    uploadBufferBytes: (e.UPLOAD_BUFFER_MB ?? defaultUploadBufferMb(e)) * MiB,
    retentionDays: e.RETENTION_DAYS,
    encryptionKey: e.ENCRYPTION_KEY ? decodeKey(e.ENCRYPTION_KEY) : undefined,
    cacheTtlSeconds: e.CACHE_TTL_SECONDS,
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    trustProxyHops: e.TRUST_PROXY_HOPS,
    premiumOpen: e.PREMIUM_OPEN,
    llm: llmSettings(e),
  };
}

/**
 * The upload budget when UPLOAD_BUFFER_MB is unset: one largest upload per worker thread, plus a
 * few MiB for form overhead, so every thread can be busy with a large document while further
 * uploads wait unread. An upload holds its share until its response is sent, and the threads can
 * use no more at once; a larger budget only buffers uploads that wait for a thread (measured in
 * issue 5: 48 MiB gave a higher peak RSS than 24 MiB with 32 concurrent 10 MiB uploads and no
 * more throughput; 12 MiB left one thread idle).
 */
function defaultUploadBufferMb(e: Env): number {
  return e.WORKERS * e.MAX_UPLOAD_MB + 4;
}

const OPENAI_BASE_URL = 'https://api.openai.com/v1';

function llmSettings(e: Env): LlmSettings {
  const apiKey = e.LLM_API_KEY || e.OPENAI_API_KEY || undefined;
  return {
    // A key alone means OpenAI itself.
    baseUrl: e.LLM_BASE_URL ?? (apiKey ? OPENAI_BASE_URL : undefined),
    model: e.LLM_MODEL ?? 'gpt-4o-mini',
    apiKey,
    timeoutMs: e.LLM_TIMEOUT_MS,
    maxTokens: e.LLM_MAX_TOKENS,
    maxConcurrency: e.LLM_MAX_CONCURRENCY,
    dailyTokenBudget: e.LLM_DAILY_TOKEN_BUDGET,
  };
}

/** A loggable summary: connection strings lose their credentials, keys are only "set". */
export function describeConfig(config: Config): Record<string, unknown> {
  return {
    ...config,
    databaseUrl: config.databaseUrl && redactUrl(config.databaseUrl),
    redisUrl: config.redisUrl && redactUrl(config.redisUrl),
    encryptionKey: config.encryptionKey ? '[set]' : '[unset]',
    llm: { ...config.llm, apiKey: config.llm.apiKey ? '[set]' : '[unset]' },
  };
}

function redactUrl(value: string): string {
  const url = new URL(value);
  if (url.password) url.password = '***';
  return url.toString();
}
