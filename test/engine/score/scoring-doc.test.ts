/**
 * docs/scoring.md quotes every scoring constant and a worked example; this test reads both back
 * and compares them with src/engine/score, so the document cannot drift from the algorithm.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Check } from '../../../src/engine/checks/types.js';
import { CHECK_CATEGORIES, type Finding } from '../../../src/engine/model/finding.js';
import * as constants from '../../../src/engine/score/constants.js';
import { computeScore } from '../../../src/engine/score/score.js';

const doc = readFileSync(join(import.meta.dirname, '../../../docs/scoring.md'), 'utf8');

/** Cells of the Markdown table rows that follow the header row starting with `| first`. */
function tableAfter(first: string): string[][] {
  const lines = doc.split('\n');
  const start = lines.findIndex((line) => line.startsWith(`| ${first}`));
  expect(start, `table "${first}" in docs/scoring.md`).toBeGreaterThanOrEqual(0);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
  }
  return rows;
}

const unquote = (cell: string) => cell.replace(/^`|`$/g, '');

/** Every export of constants.ts as `NAME` or `NAME.key` → value, so a new constant must be documented. */
function flattenConstants(): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(constants)) {
    if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) flat[`${name}.${key}`] = String(item);
    } else {
      flat[name] = String(value);
    }
  }
  return flat;
}

describe('docs/scoring.md', () => {
  it('quotes every constant of src/engine/score/constants.ts with its current value', () => {
    const documented = Object.fromEntries(
      tableAfter('Constant').map(([name = '', value = '']) => [unquote(name), unquote(value)]),
    );
    expect(documented).toEqual(flattenConstants());
  });

  it('names the current algorithm version', () => {
    expect(doc).toContain(`Current version: **\`${constants.SCORE_ALGORITHM}\`**`);
  });

  it('gives worked-example results the real scorer reproduces', () => {
    const base = { appliesTo: {}, run: () => [] };
    const checks: Check[] = [
      ...CHECK_CATEGORIES.map((category): Check => ({
        ...base,
        id: `${category}.quiet`,
        category,
        severity: 'tip',
        codes: [`${category}.quiet`],
      })),
      {
        ...base,
        id: 'contact.example',
        category: 'contact',
        severity: 'warning',
        weight: 20,
        codes: ['example.contact'],
      },
      {
        ...base,
        id: 'layout.example',
        category: 'layout',
        severity: 'warning',
        weight: 15,
        codes: ['example.layout'],
      },
      {
        ...base,
        id: 'content.example',
        category: 'content',
        severity: 'tip',
        codes: ['example.tip'],
      },
      {
        ...base,
        id: 'parseability.example',
        category: 'parseability',
        severity: 'blocker',
        cap: 30,
        codes: ['example.blocker'],
      },
    ];
    const fire = (checkId: string, code: string): Finding => {
      const check = checks.find((c) => c.id === checkId)!;
      return {
        code,
        checkId,
        category: check.category,
        severity: check.severity,
        params: {},
        evidence: [],
        message: '',
        fix: '',
      };
    };
    const contact = [1, 2, 3].map(() => fire('contact.example', 'example.contact'));
    const warnings = [
      ...contact,
      fire('layout.example', 'example.layout'),
      fire('content.example', 'example.tip'),
    ];
    const blocker = fire('parseability.example', 'example.blocker');
    const ran = checks.map((check) => check.id);
    const cases = [
      { ran, findings: warnings },
      { ran, findings: [...warnings, blocker] },
      { ran, findings: warnings.filter((f) => f.code !== 'example.contact') },
      { ran: ran.filter((id) => !id.startsWith('content.')), findings: warnings },
    ];
    const computed = cases.map(({ ran: ranIds, findings }) => {
      const score = computeScore({ checks, ran: ranIds, findings });
      return [
        String(score.overall),
        String(score.uncapped),
        score.cappedBy ? `\`${score.cappedBy}\`` : '—',
      ];
    });
    expect(tableAfter('Case').map((row) => row.slice(1))).toEqual(computed);
  });
});
