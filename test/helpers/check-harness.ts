/**
 * Shared harness for check tests. Every check has a test file that calls `describeCheck` with at
 * least one case that fires and one that passes; test/engine/checks/catalog.test.ts enforces it.
 *
 *   describeCheck(myCheck, {
 *     fires: [{ name: 'no email', context: () => contextFromText('Ada\n# Experience\n...'), codes: ['contact.no-email'] }],
 *     passes: [{ name: 'an email', context: () => contextFromText('Ada\nada@example.org\n...') }],
 *   });
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countWords, isTextExtractable } from '../../src/engine/analyze.js';
import { skipReason } from '../../src/engine/checks/run-checks.js';
import type { Check, CheckContext, YearMonth } from '../../src/engine/checks/types.js';
import { extractDocument } from '../../src/engine/extract/index.js';
import { buildLayout } from '../../src/engine/layout/index.js';
import type { ExtractedDocument } from '../../src/engine/model/document.js';
import type { LayoutDocument } from '../../src/engine/model/layout.js';
import { parseResume } from '../../src/engine/parse/index.js';
import { createNodePdfAssetLoader } from '../../src/node/pdf-assets.js';
import { layoutFromText, type LayoutFromTextOptions } from './layout-from-text.js';

export const TEST_NOW: YearMonth = { year: 2026, month: 11 };
const pdfAssets = createNodePdfAssetLoader();
const fixtures = join(import.meta.dirname, '..', 'fixtures');

export interface ContextOverrides {
  now?: YearMonth | null;
  extracted?: Partial<ExtractedDocument>;
  textExtractable?: boolean;
  language?: string;
}

export function contextFromLayout(
  layout: LayoutDocument,
  overrides: ContextOverrides = {},
): CheckContext {
  const extracted = { ...layout.source, ...overrides.extracted };
  const resume = parseResume(layout);
  const words = countWords(layout.lines.map((line) => line.text).join('\n'));
  const now = overrides.now === null ? undefined : (overrides.now ?? TEST_NOW);
  return {
    extracted,
    layout: { ...layout, source: extracted },
    resume,
    words,
    textExtractable: overrides.textExtractable ?? words > 0,
    language: overrides.language ?? resume.language,
    ...(now ? { now } : {}),
  };
}

/** A context from the layout-from-text markup (see that helper for the syntax). */
export function contextFromText(
  markup: string,
  overrides: ContextOverrides & LayoutFromTextOptions = {},
): CheckContext {
  return contextFromLayout(layoutFromText(markup, overrides), overrides);
}

/** A context from real bytes through the whole pipeline. */
export async function contextFromBytes(
  bytes: Uint8Array,
  overrides: ContextOverrides = {},
): Promise<CheckContext> {
  const extracted = await extractDocument(bytes, { pdfAssets });
  const layout = buildLayout(extracted);
  const context = contextFromLayout(layout, overrides);
  if (overrides.textExtractable !== undefined) return context;
  return { ...context, textExtractable: isTextExtractable(extracted, context.words) };
}

/** A context from a committed fixture, e.g. fixture('corpus/deedy-openfont.pdf'). */
export function contextFromFixture(
  path: string,
  overrides: ContextOverrides = {},
): Promise<CheckContext> {
  return contextFromBytes(readFileSync(join(fixtures, path)), overrides);
}

export interface CheckCase {
  name: string;
  context: () => CheckContext | Promise<CheckContext>;
  /** For `fires`: the codes expected (all must appear). Defaults to any code of the check. */
  codes?: string[];
}

export function describeCheck(check: Check, cases: { fires: CheckCase[]; passes: CheckCase[] }) {
  describe(`check ${check.id}`, () => {
    it('has cases that fire and cases that pass', () => {
      expect(cases.fires.length).toBeGreaterThan(0);
      expect(cases.passes.length).toBeGreaterThan(0);
    });
    for (const testCase of cases.fires) {
      it(`fires: ${testCase.name}`, async () => {
        const context = await testCase.context();
        expect(skipReason(check, context)).toBeNull();
        const codes = check.run(context).map((finding) => finding.code);
        expect(codes.length).toBeGreaterThan(0);
        for (const code of codes) expect(check.codes).toContain(code);
        for (const code of testCase.codes ?? []) expect(codes).toContain(code);
      });
    }
    for (const testCase of cases.passes) {
      it(`passes: ${testCase.name}`, async () => {
        const context = await testCase.context();
        const reason = skipReason(check, context);
        const codes = reason ? [] : check.run(context).map((finding) => finding.code);
        expect(codes).toEqual([]);
      });
    }
  });
}
