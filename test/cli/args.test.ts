import { describe, expect, it } from 'vitest';
import { parseCliArgs, UsageError } from '../../src/cli/args.js';

describe('parseCliArgs', () => {
  it('parses analyze with its flags', () => {
    expect(
      parseCliArgs(['analyze', 'cv.pdf', '--json', '--out', 'out', '-r', '--timeout', '2.5']),
    ).toEqual({
      kind: 'analyze',
      paths: ['cv.pdf'],
      format: 'json',
      outDir: 'out',
      isRecursive: true,
      timeoutMs: 2500,
      ignore: [],
    });
  });

  it('parses --format, repeated and comma-separated --ignore, and --min-score', () => {
    expect(
      parseCliArgs([
        'analyze',
        'cv.pdf',
        '--format',
        'html',
        '--ignore',
        'contact.no-phone',
        '--ignore',
        'content.buzzword, dates.gap',
        '--ignore',
        'contact.no-phone',
        '--min-score',
        '70',
      ]),
    ).toMatchObject({
      format: 'html',
      ignore: ['contact.no-phone', 'content.buzzword', 'dates.gap'],
      minScore: 70,
    });
    expect(parseCliArgs(['analyze', 'cv.pdf', '--format', 'json', '--json'])).toMatchObject({
      format: 'json',
    });
    expect(parseCliArgs(['analyze', 'cv.pdf', '--min-score', '0'])).toMatchObject({ minScore: 0 });
  });

  it('defaults to a 20 s budget and terminal output', () => {
    expect(parseCliArgs(['analyze', 'a.pdf', 'b.docx'])).toMatchObject({
      paths: ['a.pdf', 'b.docx'],
      format: 'text',
      ignore: [],
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
    [['analyze', 'a.pdf', '--format', 'pdf']],
    [['analyze', 'a.pdf', '--format', 'html', '--json']],
    [['analyze', 'a.pdf', '--ignore', '']],
    [['analyze', 'a.pdf', '--ignore', 'a,,b']],
    [['analyze', 'a.pdf', '--min-score', '101']],
    [['analyze', 'a.pdf', '--min-score', '-1']],
    [['analyze', 'a.pdf', '--min-score', 'high']],
    [['analyze', 'a.pdf', '--min-score', '']],
  ])('rejects %j as a usage error', (argv) => {
    expect(() => parseCliArgs(argv)).toThrow(UsageError);
  });
});
