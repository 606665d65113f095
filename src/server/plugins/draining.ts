/**
 * Graceful shutdown support: once close() starts, responses carry `Connection: close`, so a
 * keep-alive socket that was busy when shutdown began does not hold the server open afterwards
 * (Fastify closes only the sockets that are idle at that moment).
 */
import type { FastifyInstance } from 'fastify';

export function registerDraining(app: FastifyInstance): void {
  let isDraining = false;
  app.addHook('preClose', async () => {
    isDraining = true;
  });
  app.addHook('onSend', (_request, reply, payload, done) => {
    if (isDraining) reply.header('connection', 'close');
    done(null, payload);
  });
}
