/** The label file format of the development corpus (test/fixtures/corpus/labels.json). */

export interface GroundTruth {
  name: string | null;
  emails: string[];
  phones: string[];
  location: string | null;
  urls: string[];
  section_kinds: string[];
  num_experience_entries: number;
  num_education_entries: number;
  /** Field name -> why the label is a judgement call; those fields are skipped by default. */
  uncertain?: Record<string, string>;
}

export interface LabelItem {
  id: string;
  file: string;
  format?: string;
  text_extractable: boolean;
  ground_truth: GroundTruth;
}

export class LabelFormatError extends Error {
  override readonly name = 'LabelFormatError';
}

export function parseLabels(json: unknown): LabelItem[] {
  const items = (json as { items?: unknown } | null)?.items;
  if (!Array.isArray(items)) throw new LabelFormatError('The label file has no "items" array.');
  return items.map((item: unknown, index) => validateItem(item, index));
}

function validateItem(item: unknown, index: number): LabelItem {
  const where = `items[${index}]`;
  if (typeof item !== 'object' || item === null)
    throw new LabelFormatError(`${where} is not an object.`);
  const candidate = item as Partial<LabelItem>;
  if (typeof candidate.file !== 'string') throw new LabelFormatError(`${where}.file is missing.`);
  const truth = candidate.ground_truth;
  if (typeof truth !== 'object' || truth === null) {
    throw new LabelFormatError(`${where}.ground_truth is missing.`);
  }
  for (const key of ['emails', 'phones', 'urls', 'section_kinds'] as const) {
    if (!Array.isArray(truth[key]))
      throw new LabelFormatError(`${where}.ground_truth.${key} must be an array.`);
  }
  for (const key of ['num_experience_entries', 'num_education_entries'] as const) {
    if (typeof truth[key] !== 'number')
      throw new LabelFormatError(`${where}.ground_truth.${key} must be a number.`);
  }
  return {
    id: typeof candidate.id === 'string' ? candidate.id : candidate.file,
    file: candidate.file,
    ...(typeof candidate.format === 'string' ? { format: candidate.format } : {}),
    text_extractable: candidate.text_extractable !== false,
    ground_truth: truth,
  };
}
