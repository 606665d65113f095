/** Scores reports against labels per file, then aggregates: pure, no I/O. */
import type { Report } from '../src/engine/index.js';
import type { LabelItem } from './labels.js';
import {
  compareSets,
  isSameEmail,
  isSameKind,
  isSameName,
  isSamePhone,
  isSameUrl,
  normalizeLocation,
  uniqueValues,
  type SetCounts,
} from './metrics.js';

export const SET_FIELDS = ['emails', 'phones', 'urls', 'section_kinds'] as const;
export const EXACT_FIELDS = [
  'name',
  'num_experience_entries',
  'num_education_entries',
  'text_extractable',
  'location',
] as const;
/** Location is reported but not part of the overall score: the labels are free text. */
export const INFORMATIVE_FIELDS: ReadonlySet<string> = new Set(['location']);

export type SetField = (typeof SET_FIELDS)[number];
export type ExactField = (typeof EXACT_FIELDS)[number];
export type Field = SetField | ExactField;

export interface Miss {
  file: string;
  field: Field;
  expected: unknown;
  got: unknown;
}

export interface FileScore {
  file: string;
  sets: Partial<Record<SetField, SetCounts>>;
  exact: Partial<Record<ExactField, boolean>>;
  skipped: Field[];
  misses: Miss[];
  error?: string;
}

type Predicted = {
  name: string | null;
  emails: string[];
  phones: string[];
  urls: string[];
  section_kinds: string[];
  num_experience_entries: number | null;
  num_education_entries: number | null;
  text_extractable: boolean | null;
  location: string | null;
};

function predictionOf(report: Report | null): Predicted {
  if (!report) {
    return {
      name: null,
      emails: [],
      phones: [],
      urls: [],
      section_kinds: [],
      num_experience_entries: null,
      num_education_entries: null,
      text_extractable: null,
      location: null,
    };
  }
  return {
    name: report.contact.name,
    emails: report.contact.emails,
    // A label phone may match the normalised or the printed form; both are the same number.
    phones: report.contact.phones,
    urls: report.contact.links
      .map((link) => link.url)
      .filter((url) => !/^(mailto|tel):/i.test(url)),
    section_kinds: uniqueValues(report.sections.map((section) => section.kind)),
    num_experience_entries: report.experience.length,
    num_education_entries: report.education.length,
    text_extractable: report.document.textExtractable,
    location: report.contact.location,
  };
}

const MATCHERS: Record<SetField, (a: string, b: string) => boolean> = {
  emails: isSameEmail,
  phones: isSamePhone,
  urls: isSameUrl,
  section_kinds: isSameKind,
};

export function scoreFile(
  label: LabelItem,
  report: Report | null,
  options: { includeUncertain: boolean; error?: string },
): FileScore {
  const truth = label.ground_truth;
  const predicted = predictionOf(report);
  const uncertain = options.includeUncertain ? {} : (truth.uncertain ?? {});
  const score: FileScore = { file: label.file, sets: {}, exact: {}, skipped: [], misses: [] };
  if (options.error !== undefined) score.error = options.error;
  const expectedSets: Record<SetField, string[]> = {
    emails: truth.emails,
    phones: truth.phones,
    urls: truth.urls,
    section_kinds: uniqueValues(truth.section_kinds),
  };
  for (const field of SET_FIELDS) {
    if (field in uncertain) {
      score.skipped.push(field);
      continue;
    }
    const counts = compareSets(expectedSets[field], predicted[field], MATCHERS[field]);
    score.sets[field] = counts;
    if (counts.falseNegatives > 0 || counts.falsePositives > 0) {
      score.misses.push({
        file: label.file,
        field,
        expected: expectedSets[field],
        got: predicted[field],
      });
    }
  }
  const expectedExact: Record<ExactField, unknown> = {
    name: truth.name,
    num_experience_entries: truth.num_experience_entries,
    num_education_entries: truth.num_education_entries,
    text_extractable: label.text_extractable,
    location: truth.location,
  };
  for (const field of EXACT_FIELDS) {
    if (field in uncertain) {
      score.skipped.push(field);
      continue;
    }
    const isMatch = isExactMatch(field, expectedExact[field], predicted[field]);
    score.exact[field] = isMatch;
    if (!isMatch) {
      score.misses.push({
        file: label.file,
        field,
        expected: expectedExact[field],
        got: predicted[field],
      });
    }
  }
  return score;
}

function isExactMatch(field: ExactField, expected: unknown, got: unknown): boolean {
  if (field === 'name') return isSameName(expected as string | null, got as string | null);
  if (field === 'location') {
    return normalizeLocation(expected as string | null) === normalizeLocation(got as string | null);
  }
  return expected === got;
}
