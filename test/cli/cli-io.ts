import type { CliIo } from '../../src/cli/io.js';

export interface CapturedIo extends CliIo {
  out(): string;
  err(): string;
}

/** An in-memory CliIo: not a TTY, so no colour and no progress bar unless asked. */
export function captureIo(
  options: { isTTY?: boolean; env?: Record<string, string> } = {},
): CapturedIo {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const isTTY = options.isTTY ?? false;
  return {
    stdout: { write: (text: string) => stdout.push(text), isTTY, columns: 100 },
    stderr: { write: (text: string) => stderr.push(text), isTTY, columns: 100 },
    env: options.env ?? {},
    out: () => stdout.join(''),
    err: () => stderr.join(''),
  };
}
