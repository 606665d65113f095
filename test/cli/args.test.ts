import { describe, expect, it } from 'vitest';
import { parseCliArgs, UsageError } from '../../src/cli/args.js';

describe('parseCliArgs', () => {
  it('parses analyze with its flags', () => {
    expect(
      parseCliArgs(['analyze', 'cv.pdf', '--json', '--out', 'out', '-r', '--timeout', '2.5']),
    ).toEqual({
      kind: 'analyze',
      paths: ['cv.pdf'],
      isJson: true,
      outDir: 'out',
      isRecursive: true,
      timeoutMs: 2500,
    });
  });

  it('defaults to a 20 s budget and terminal output', () => {
    expect(parseCliArgs(['analyze', 'a.pdf', 'b.docx'])).toMatchObject({
      paths: ['a.pdf', 'b.docx'],
      isJson: false,
      isRecursive: false,
      timeoutMs: 20_000,
    });
  });

  it('recognises help and version forms', () => {
    expect(parseCliArgs([])).toEqual({ kind: 'help' });
    expect(parseCliArgs(['--help'])).toEqual({ kind: 'help' });
    expect(parseCliArgs(['help', 'analyze'])).toEqual({ kind: 'help', topic: 'analyze' });
    expect(parseCliArgs(['analyze', '--help'])).toEqual({ kind: 'help', topic: 'analyze' });
    expect(parseCliArgs(['--version'])).toEqual({ kind: 'version' });
  });

  it.each([
    [['frobnicate']],
    [['--frobnicate']],
    [['analyze']],
    [['analyze', 'a.pdf', '--nope']],
    [['analyze', 'a.pdf', '--out']],
    [['analyze', 'a.pdf', '--timeout', '0']],
    [['analyze', 'a.pdf', '--timeout', 'soon']],
    [['help', 'nothing']],
  ])('rejects %j as a usage error', (argv) => {
    expect(() => parseCliArgs(argv)).toThrow(UsageError);
  });
});
