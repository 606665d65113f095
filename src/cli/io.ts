/** The CLI's window on the world, injectable so tests run `main` in-process. */

export interface OutputStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface CliIo {
  stdout: OutputStream;
  stderr: OutputStream;
  env: Readonly<Record<string, string | undefined>>;
}

export function createProcessIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, env: process.env };
}
