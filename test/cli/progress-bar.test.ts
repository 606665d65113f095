import { describe, expect, it } from 'vitest';
import { ProgressBar, renderProgressLine } from '../../src/cli/progress-bar.js';

describe('progress bar', () => {
  it('renders the share done, the counter and the current file within the width', () => {
    const line = renderProgressLine(5, 10, 'folder/resume.pdf', 80);
    expect(line).toMatch(/^\[#+-+\] 5\/10 folder\/resume\.pdf$/);
    expect(line.length).toBeLessThanOrEqual(80);
    const long = renderProgressLine(1, 3, 'x'.repeat(200), 50);
    expect(long.length).toBeLessThanOrEqual(50);
    expect(long).toContain('…');
  });

  it('writes nothing when the stream is not a terminal', () => {
    const writes: string[] = [];
    const bar = new ProgressBar({ write: (text: string) => writes.push(text), isTTY: false }, 3);
    bar.update(1, 'a.pdf');
    bar.clear();
    expect(writes).toEqual([]);
  });

  it('redraws in place and clears on a terminal', () => {
    const writes: string[] = [];
    const bar = new ProgressBar({ write: (text: string) => writes.push(text), isTTY: true }, 3);
    bar.update(1, 'a.pdf');
    bar.clear();
    expect(writes[0]?.startsWith('\r\u001b[2K[')).toBe(true);
    expect(writes[1]).toBe('\r\u001b[2K');
  });
});
