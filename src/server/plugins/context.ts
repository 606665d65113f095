/** Decorates the app with its config and services, so routes reach them as `app.services`. */
import type { FastifyInstance } from 'fastify';
import type { Config } from '../../config.js';
import type { Metrics } from '../metrics.js';
import type { AnalysisService } from '../services/analysis-service.js';
import type { Services } from '../services/create-services.js';
import type { MatchService } from '../services/match-service.js';

export interface AppServices extends Services {
  analyses: AnalysisService;
  matches: MatchService;
  metrics: Metrics;
}

declare module 'fastify' {
  interface FastifyInstance {
    config: Config;
    services: AppServices;
  }
}

export function registerContext(app: FastifyInstance, config: Config, services: AppServices): void {
  app.decorate('config', config);
  app.decorate('services', services);
}
