/**
 * Every parseability and layout code renders a complete sentence from the params its check
 * emits: run each check's firing fixtures through the runner and read the rendered text.
 */
import { describe, expect, it } from 'vitest';
import { layoutChecks } from '../../../../src/engine/checks/layout/index.js';
import { parseabilityChecks } from '../../../../src/engine/checks/parseability/index.js';
import { runChecks } from '../../../../src/engine/checks/run-checks.js';
import { MESSAGES } from '../../../../src/engine/messages/catalog.js';
import { contextFromFixture } from '../../../helpers/check-harness.js';

const CHECKS = [...parseabilityChecks, ...layoutChecks];

describe('parseability and layout messages', () => {
  it('exist for every code', () => {
    const missing = CHECKS.flatMap((check) => check.codes).filter((code) => !MESSAGES[code]);
    expect(missing).toEqual([]);
  });

  it.each([
    'corpus/altacv-sample.pdf',
    'corpus/moderncv-es.pdf',
    'corpus/zh-billryan.pdf',
    'corpus/de-madic.pdf',
    'resumes/en-sidebar-table.pdf',
    'resumes/en-word-classic-scan.pdf',
    'resumes/en-word-classic.docx',
  ])('render without placeholders for %s', async (file) => {
    const { findings } = runChecks(CHECKS, await contextFromFixture(file));
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) {
      expect(finding.message).not.toMatch(/undefined|NaN|\bnull\b|“”/);
      expect(finding.fix.length).toBeGreaterThan(20);
      expect(finding.evidence.length).toBeGreaterThan(0);
    }
  });
});
