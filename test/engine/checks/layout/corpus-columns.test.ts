/**
 * Corpus-level expectations for the parseability and layout checks: two-column templates get the
 * column warning, single-column ones do not, the scan is capped, and no clean file is capped.
 */
import { describe, expect, it } from 'vitest';
import { layoutChecks } from '../../../../src/engine/checks/layout/index.js';
import { parseabilityChecks } from '../../../../src/engine/checks/parseability/index.js';
import { runChecks } from '../../../../src/engine/checks/run-checks.js';
import type { CheckContext } from '../../../../src/engine/checks/types.js';
import { contextFromFixture } from '../../../helpers/check-harness.js';

const CHECKS = [...parseabilityChecks, ...layoutChecks];

const TWO_COLUMN = [
  'corpus/altacv-mmayer.pdf',
  'corpus/altacv-sample.pdf',
  'corpus/deedy-openfont.pdf',
  'resumes/en-sidebar-table.pdf',
  'resumes/en-linkedin-export.pdf',
];
const ONE_COLUMN = [
  'corpus/awesomecv-cv.pdf',
  'corpus/awesomecv-resume.pdf',
  'corpus/moderncv-classic-green.pdf',
  'corpus/moderncv-es.pdf',
  'corpus/moderncv-zh.pdf',
  'corpus/rendercv-classic.pdf',
  'corpus/rendercv-engineeringresumes.pdf',
  'corpus/sb2nov-sourabh.pdf',
  'corpus/de-madic.pdf',
  'corpus/en-billryan.pdf',
  'resumes/en-word-classic.pdf',
  'resumes/fr-cv.pdf',
];

const codes = (context: CheckContext) =>
  runChecks(CHECKS, context).findings.map((finding) => finding.code);
const blockers = (context: CheckContext) =>
  runChecks(CHECKS, context).findings.filter((finding) => finding.severity === 'blocker');

describe('column layouts on the development corpus', () => {
  it.each(TWO_COLUMN)('%s gets the multiple-columns finding', async (file) => {
    expect(codes(await contextFromFixture(file))).toContain('layout.multiple-columns');
  });

  it.each(ONE_COLUMN)('%s does not', async (file) => {
    expect(codes(await contextFromFixture(file))).not.toContain('layout.multiple-columns');
  });
});

describe('blockers on the development corpus', () => {
  it('caps the image-only scan with the no-text-layer blocker', async () => {
    const found = blockers(await contextFromFixture('resumes/en-word-classic-scan.pdf'));
    expect(found.map((f) => f.code)).toEqual(['parseability.no-text-layer']);
    expect(found[0]!.evidence[0]).toMatchObject({ page: 1 });
  });

  it.each([
    ...TWO_COLUMN,
    ...ONE_COLUMN,
    'corpus/zh-billryan.pdf',
    'resumes/ja-shokumukeirekisho.pdf',
  ])('no blocker on the clean file %s', async (file) => {
    expect(blockers(await contextFromFixture(file))).toEqual([]);
  });
});
