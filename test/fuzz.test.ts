/**
 * Property-based fuzzing over mutated valid files: whatever the mutation, analyze ends in a typed
 * EngineError or a Report within its time budget. Fixed seeds keep CI deterministic.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { isEngineError } from '../src/engine/index.js';
import { analyzeOutcome, describeError } from './helpers/analyze-outcome.js';

const TIME_BUDGET_MS = 5_000;
const SLACK_MS = 2_000;

type Mutation =
  | { kind: 'flip'; at: number; bit: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'insert'; at: number; bytes: Uint8Array }
  | { kind: 'duplicate'; at: number; length: number; to: number };

/** Positions are fractions of the current length, so one mutation list fits any file. */
const position = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant('flip' as const),
    at: position,
    bit: fc.integer({ min: 0, max: 7 }),
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: position }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: position,
    bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }),
  }),
  fc.record({
    kind: fc.constant('duplicate' as const),
    at: position,
    length: fc.integer({ min: 1, max: 4096 }),
    to: position,
  }),
);

function applyMutation(bytes: Uint8Array, change: Mutation): Uint8Array {
  const index = (fraction: number) => Math.floor(fraction * bytes.length);
  const at = index(change.at);
  switch (change.kind) {
    case 'flip': {
      const copy = bytes.slice();
      if (copy.length > 0) copy[at] = copy[at]! ^ (1 << change.bit);
      return copy;
    }
    case 'truncate':
      return bytes.slice(0, at);
    case 'insert':
      return concat(bytes.subarray(0, at), change.bytes, bytes.subarray(at));
    case 'duplicate': {
      const chunk = bytes.subarray(at, at + change.length);
      const to = index(change.to);
      return concat(bytes.subarray(0, to), chunk, bytes.subarray(to));
    }
  }
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

const TXT = new TextEncoder().encode(
  'Jane Smith\njane.smith@example.com | +1 415 555 0100\n\nEXPERIENCE\nSoftware Engineer, Acme Corp\nJan 2020 - Present\n- Built things\n\nEDUCATION\nStanford University, BSc, 2015 - 2019\n',
);

const read = (path: string) => new Uint8Array(readFileSync(path));

const SEEDS = [
  { name: 'resume.pdf', bytes: read('test/fixtures/malicious/valid.pdf'), seed: 1, runs: 150 },
  { name: 'resume.docx', bytes: read('test/fixtures/malicious/valid.docx'), seed: 2, runs: 150 },
  { name: 'resume.txt', bytes: TXT, seed: 3, runs: 150 },
  // A real LaTeX resume: compressed streams, embedded fonts, ToUnicode maps.
  { name: 'latex.pdf', bytes: read('test/fixtures/corpus/sb2nov-sourabh.pdf'), seed: 4, runs: 40 },
];

/** Mutating the XML inside a re-zipped DOCX gets past the CRC check to the XML parser. */
const DOCX_PARTS = unzipSync(read('test/fixtures/malicious/valid.docx'));

function rezipWithDocument(documentXml: Uint8Array): Uint8Array {
  return zipSync({ ...DOCX_PARTS, 'word/document.xml': documentXml });
}

async function expectTypedOutcome(bytes: Uint8Array, declaredName: string): Promise<void> {
  const { outcome, elapsedMs } = await analyzeOutcome(bytes, {
    declaredName,
    timeBudgetMs: TIME_BUDGET_MS,
  });
  if (outcome.error !== undefined && !isEngineError(outcome.error)) {
    throw new Error(`untyped exception: ${describeError(outcome.error)}`);
  }
  expect(elapsedMs).toBeLessThan(TIME_BUDGET_MS + SLACK_MS);
}

describe('fuzzing mutated valid files', () => {
  it.each(SEEDS)(
    '$name: every mutation ends in a typed error or a report within the budget',
    async ({ name, bytes, seed, runs }) => {
      await fc.assert(
        fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 4 }), async (changes) => {
          await expectTypedOutcome(changes.reduce(applyMutation, bytes), name);
        }),
        { seed, numRuns: runs, endOnFailure: true },
      );
    },
    120_000,
  );

  it('docx with mutated document.xml: every mutation ends in a typed error or a report', async () => {
    const documentXml = DOCX_PARTS['word/document.xml']!;
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 4 }), async (changes) => {
        const docx = rezipWithDocument(changes.reduce(applyMutation, documentXml));
        await expectTypedOutcome(docx, 'resume.docx');
      }),
      { seed: 5, numRuns: 150, endOnFailure: true },
    );
  });
});
