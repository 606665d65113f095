/**
 * The slice of a logger the stores need. The (context, message) shape matches pino's LogFn, so the
 * server can pass its pino logger straight in.
 */
export interface StoreLogger {
  warn(context: Record<string, unknown>, message: string): void;
  info(context: Record<string, unknown>, message: string): void;
}

export const silentLogger: StoreLogger = {
  warn: () => undefined,
  info: () => undefined,
};
