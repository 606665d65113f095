/**
 * Runs the real app from the TypeScript sources in its own process (`node --import tsx`), prints
 * `{"baseUrl": …}` once it listens, and closes gracefully on SIGTERM or when the parent goes away
 * (its stdin closes), so no server outlives the test run.
 */
import { startWebServer } from './web-server.js';

const server = await startWebServer();
process.stdout.write(`${JSON.stringify({ baseUrl: server.baseUrl })}\n`);

let isClosing = false;
const shutDown = () => {
  if (isClosing) return;
  isClosing = true;
  server.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.once('SIGTERM', shutDown);
process.stdin.on('end', shutDown);
process.stdin.resume();
