/**
 * The service entry point: validate the config, build the app, listen, and shut down gracefully.
 * On SIGTERM/SIGINT the server stops accepting connections, lets in-flight requests finish (up to
 * SHUTDOWN_GRACE_MS), then closes the worker pool, database and cache through the app's onClose.
 */
import { ConfigError, describeConfig, loadConfig, type Config } from '../config.js';
import { buildApp } from './app.js';

function readConfig(): Config {
  try {
    return loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

const config = readConfig();
const app = await buildApp({ config });
app.log.info({ config: describeConfig(config) }, 'configuration loaded');
// Listening only once the parse threads are warm keeps a cold engine out of the first requests.
await app.services.pool.warmUp(config.workerWarmUpRuns);
await app.listen({ host: config.host, port: config.port });

let isShuttingDown = false;
const shutDown = async (signal: NodeJS.Signals) => {
  if (isShuttingDown) return;
  isShuttingDown = true;
  app.log.info({ signal }, 'shutting down: draining in-flight requests');
  const deadline = setTimeout(() => {
    app.log.error('shutdown grace period over; exiting with requests still open');
    process.exit(1);
  }, config.shutdownGraceMs);
  deadline.unref();
  try {
    await app.close();
    app.log.info('shut down cleanly');
    process.exit(0);
  } catch (error) {
    app.log.error({ err: error }, 'shutdown failed');
    process.exit(1);
  }
};
process.once('SIGTERM', (signal) => void shutDown(signal));
process.once('SIGINT', (signal) => void shutDown(signal));
