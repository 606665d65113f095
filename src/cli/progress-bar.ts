/** A one-line progress bar on a terminal stream; silent when the stream is not a TTY. */
import type { OutputStream } from './io.js';
import { sanitizeForTerminal } from './style.js';

export function renderProgressLine(
  done: number,
  total: number,
  label: string,
  width: number,
): string {
  const ratio = total === 0 ? 1 : Math.min(done / total, 1);
  const counter = `${done}/${total}`;
  const barWidth = Math.max(10, Math.min(30, width - counter.length - 20));
  const filled = Math.round(ratio * barWidth);
  const bar = `[${'#'.repeat(filled)}${'-'.repeat(barWidth - filled)}]`;
  const prefix = `${bar} ${counter} `;
  const room = Math.max(0, width - prefix.length - 1);
  const safeLabel = sanitizeForTerminal(label);
  const shown =
    safeLabel.length > room ? `…${safeLabel.slice(safeLabel.length - room + 1)}` : safeLabel;
  return `${prefix}${shown}`;
}

export class ProgressBar {
  private readonly isActive: boolean;
  private lastLine = '';

  constructor(
    private readonly stream: OutputStream,
    private readonly total: number,
  ) {
    this.isActive = stream.isTTY === true && total > 1;
  }

  update(done: number, label: string): void {
    if (!this.isActive) return;
    this.lastLine = renderProgressLine(done, this.total, label, this.stream.columns ?? 80);
    this.stream.write(`\r\u001b[2K${this.lastLine}`);
  }

  /** Erases the bar so other output can be printed on a clean line. */
  clear(): void {
    if (!this.isActive || this.lastLine === '') return;
    this.stream.write('\r\u001b[2K');
    this.lastLine = '';
  }
}
