import type { Finding } from '../../src/engine/index.js';
import type { Report } from '../../src/engine/index.js';
import { makeReport } from '../cli/fake-report.js';

export function makeFinding(overrides: Partial<Finding> = {}): Finding {
  return {
    code: 'fixture.warning',
    checkId: 'contact.location',
    category: 'contact',
    severity: 'warning',
    params: {},
    evidence: [{ page: 1, line: 0, snippet: 'Ada Lovelace' }],
    message: 'No city or region found.',
    fix: 'Add your city and country under your name.',
    ...overrides,
  };
}

/** A report with one finding of each severity, a dismissal, skipped checks and a blocker cap. */
export function makeHealthReport(): Report {
  return makeReport({
    score: {
      algorithm: 'rh-score-2',
      overall: 30,
      cappedBy: 'fixture.blocker',
      uncapped: 77,
      categories: { parseability: 30, layout: 100, contact: 80 },
      deductions: [],
    },
    findings: [
      makeFinding({
        code: 'fixture.blocker',
        checkId: 'parseability.text-layer',
        category: 'parseability',
        severity: 'blocker',
        message: 'Page 2 has no text layer.',
        fix: 'Export the PDF from your editor instead of scanning it.',
        evidence: [{ page: 2 }],
      }),
      makeFinding(),
      makeFinding({
        code: 'fixture.tip',
        checkId: 'content.weak-openers',
        category: 'content',
        severity: 'tip',
        message: '2 bullets start with “Responsible for”.',
        fix: 'Start with what you did: “Led”, “Built”.',
        evidence: Array.from({ length: 10 }, (_, line) => line).map((line) => ({
          page: 1,
          line,
          snippet: `Responsible for ${line}`,
        })),
      }),
    ],
    dismissed: [makeFinding({ code: 'fixture.dismissed', checkId: 'contact.phone' })],
    skippedChecks: [
      { checkId: 'content.weak-openers', reason: 'language-not-assessed:de' },
      { checkId: 'content.passive-voice', reason: 'language-not-assessed:de' },
      { checkId: 'dates.future', reason: 'no-clock' },
      { checkId: 'parseability.docx-macros', reason: 'format-not-applicable:pdf' },
    ],
  });
}
