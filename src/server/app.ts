/**
 * Builds the HTTP app (DESIGN.md, principle 9): plugins for the cross-cutting concerns, then thin
 * routes. Tests call it with their own services and use `inject`; server.ts listens.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import type { Config } from '../config.js';
import { createMetrics } from './metrics.js';
import { registerContext } from './plugins/context.js';
import { registerCors } from './plugins/cors.js';
import { registerDocs } from './plugins/docs.js';
import { registerDraining } from './plugins/draining.js';
import { registerErrorHandler } from './plugins/error-handler.js';
import { lazyChildLogger, loggerOptions } from './plugins/logging.js';
import { registerMetrics } from './plugins/metrics.js';
import { registerMultipart } from './plugins/multipart.js';
import { registerOpenApi } from './plugins/openapi.js';
import { registerRateLimit } from './plugins/rate-limit.js';
import { generateRequestId, registerRequestId } from './plugins/request-id.js';
import { registerSecurityHeaders } from './plugins/security-headers.js';
import { registerWeb } from './plugins/web.js';
import { registerAnalysisRoutes } from './routes/analyses.js';
import { registerCheckRoutes } from './routes/checks.js';
import { registerMatchRoutes } from './routes/matches.js';
import { registerOperationRoutes } from './routes/operations.js';
import { registerPremiumRoutes } from './routes/premium.js';
import { createAnalysisService } from './services/analysis-service.js';
import { createServices, type Services } from './services/create-services.js';
import { createMatchService } from './services/match-service.js';
import { createPremiumApi } from './services/premium-service.js';
import { createPremiumPort } from './services/premium-service-port.js';

export interface BuildAppOptions {
  config: Config;
  /** Ports to run on; created from the config when absent. `app.close()` closes them. */
  services?: Services;
  /** Where log lines go (tests capture them); stdout by default. */
  logStream?: NodeJS.WritableStream;
  /** The clock for "today" in date checks and record timestamps. */
  now?: () => Date;
}

/** JSON bodies are small here (uploads are multipart); keep the parser's limit tight. */
const JSON_BODY_LIMIT = 64 * 1024;

export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const { config } = options;
  const app = Fastify({
    logger: loggerOptions(config, options.logStream),
    childLoggerFactory: lazyChildLogger,
    genReqId: generateRequestId,
    requestIdHeader: false,
    bodyLimit: JSON_BODY_LIMIT,
    // Trust exactly the configured number of proxy hops for the client address (per-IP limits).
    trustProxy: (_address: string, hop: number) => hop < config.trustProxyHops,
    // Let in-flight requests finish on close(), but stop keep-alive sockets from holding it open.
    forceCloseConnections: 'idle',
    return503OnClosing: true,
  });
  const base = options.services ?? (await createServices(config, app.log));
  app.addHook('onClose', () => base.close());
  const metrics = createMetrics({ poolStats: () => base.pool.stats() });
  const premium = base.premium ?? createPremiumPort(config, { cache: base.cache, metrics });
  const services = { ...base, premium };
  const deps = { config, metrics, ...services, ...(options.now ? { now: options.now } : {}) };
  registerContext(app, config, {
    ...services,
    metrics,
    analyses: createAnalysisService(deps),
    matches: createMatchService(deps),
  });

  registerRequestId(app);
  registerDraining(app);
  registerMetrics(app, metrics);
  registerErrorHandler(app);
  registerSecurityHeaders(app, config);
  await registerCors(app, config);
  registerRateLimit(app, config, services.rateLimits);
  await registerMultipart(app, config);
  await registerOpenApi(app);
  registerDocs(app);

  registerOperationRoutes(app);
  registerCheckRoutes(app);
  registerAnalysisRoutes(app);
  registerMatchRoutes(app);
  registerPremiumRoutes(app, createPremiumApi(deps));
  registerWeb(app);
  await app.ready();
  return app;
}
