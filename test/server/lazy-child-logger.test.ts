import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { lazyChildLogger, REDACT_PATHS } from '../../src/server/plugins/logging.js';

function parentLogger(level: string) {
  const lines: Array<Record<string, unknown>> = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)) as Record<string, unknown>);
      done();
    },
  });
  const logger = pino({ level, redact: { paths: REDACT_PATHS, censor: '[redacted]' } }, stream);
  let children = 0;
  // Counts children made from this logger and from its children, which inherit the property.
  const child = logger.child;
  logger.child = function (this: typeof logger, ...args: Parameters<typeof child>) {
    children += 1;
    return child.apply(this, args);
  } as typeof logger.child;
  return { logger, lines, children: () => children };
}

describe('lazyChildLogger', () => {
  it('makes no child for a request that logs nothing at an enabled level', () => {
    const { logger, lines, children } = parentLogger('warn');
    const log = lazyChildLogger(logger, { reqId: 'r1' }, {});
    log.info('incoming request');
    log.debug({ detail: 1 }, 'noise');
    expect(children()).toBe(0);
    expect(lines).toStrictEqual([]);
    expect(log.level).toBe('warn');
  });

  it('logs with the bindings and the redaction of a real child once a level is enabled', () => {
    const { logger, lines, children } = parentLogger('info');
    const log = lazyChildLogger(logger, { reqId: 'r2' }, {});
    log.info({ headers: { authorization: 'Bearer secret' } }, 'incoming request');
    log.warn('slow');
    expect(children()).toBe(1);
    expect(lines.map(({ reqId, msg, level }) => ({ reqId, msg, level }))).toStrictEqual([
      { reqId: 'r2', msg: 'incoming request', level: 30 },
      { reqId: 'r2', msg: 'slow', level: 40 },
    ]);
    expect(lines[0]!.headers).toStrictEqual({ authorization: '[redacted]' });
  });

  it("follows a route's own log level in either direction", () => {
    const quiet = parentLogger('info');
    const errorsOnly = lazyChildLogger(quiet.logger, { reqId: 'r3' }, { level: 'error' });
    errorsOnly.warn('not shown');
    expect(quiet.lines).toStrictEqual([]);
    expect(errorsOnly.level).toBe('error');
    errorsOnly.error('shown');
    expect(quiet.lines.map((line) => line.msg)).toStrictEqual(['shown']);

    const loud = parentLogger('warn');
    const verbose = lazyChildLogger(loud.logger, { reqId: 'r4' }, { level: 'debug' });
    verbose.debug('details');
    expect(loud.lines.map(({ reqId, msg }) => ({ reqId, msg }))).toStrictEqual([
      { reqId: 'r4', msg: 'details' },
    ]);
  });

  it('hands out real grandchildren and takes a new level', () => {
    const { logger, lines } = parentLogger('warn');
    const log = lazyChildLogger(logger, { reqId: 'r5' }, {});
    log.child({ step: 'parse' }).warn('nested');
    expect(lines[0]).toMatchObject({ reqId: 'r5', step: 'parse', msg: 'nested' });
    log.level = 'debug';
    log.debug('now shown');
    expect(lines.at(-1)).toMatchObject({ reqId: 'r5', msg: 'now shown' });
  });
});
