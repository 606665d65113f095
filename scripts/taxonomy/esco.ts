/**
 * ESCO skills, languages and occupations → source entries. ESCO preferred labels are often long
 * descriptive verb phrases ("manage musical staff"); we keep labels of at most four words and,
 * for skill/competence concepts, only multi-word labels (a lone ESCO verb like "negotiate" or
 * "supervise" is too loose to signal a skill). See https://esco.ec.europa.eu/en/use-esco.
 */
import { parseCsv } from './csv.js';
import { cleanLabel, generatedEntry, isPlausibleLabel, type SourceEntry } from './source-entry.js';
import { keysOf } from '../../src/engine/match/keys.js';

/** Verb-phrase skills longer than this are descriptions rather than what an ad prints. */
const MAX_ACTION_TOKENS = 3;
/** ESCO lists up to dozens of paraphrases; the first few cover the common wordings. */
const MAX_LABELS = 5;
/** Longer occupation labels are ESCO descriptions ("trainee import manager in fish…"). */
const MAX_TITLE_TOKENS = 3;

const SENIORITY = /^(?:senior|junior|sr|jr|trainee|graduate|entry level|entry-level)\.?\s+/i;

/** Keeps one label per stemmed key: the matcher's stem lookup finds the other inflections. */
function distinctStems(labels: string[]): string[] {
  const seen = new Set<string>();
  return labels.filter((label) => {
    const key = keysOf(label).stem;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function labelsOf(row: Record<string, string>, splitter: RegExp): string[] {
  const all = [row.preferredLabel ?? '', ...(row.altLabels ?? '').split(splitter)];
  return all.map(cleanLabel).filter(Boolean);
}

function uriSet(csv: string): Set<string> {
  return new Set(parseCsv(csv).map((row) => row.conceptUri ?? ''));
}

export function readEscoSkills(files: {
  skills: string;
  transversal: string;
  digital: string;
  languages: string;
}): SourceEntry[] {
  const transversal = uriSet(files.transversal);
  const digital = uriSet(files.digital);
  const languages = uriSet(files.languages);
  const entries: SourceEntry[] = [];
  for (const row of parseCsv(files.skills)) {
    const uri = row.conceptUri ?? '';
    const isKnowledge = row.skillType === 'knowledge';
    let labels = labelsOf(row, /\n/).filter((label) => isPlausibleLabel(label));
    if (languages.has(uri)) {
      // Keep only the language itself ("Hungarian"), not "write Hungarian".
      if (!isKnowledge) continue;
      labels = labels.filter((label) => keysOf(label).tokens === 1);
      if (labels.length > 0) entries.push(generatedEntry('language', labels));
      continue;
    }
    if (!isKnowledge) {
      labels = labels.filter((label) => isPlausibleLabel(label, MAX_ACTION_TOKENS));
      labels = labels.filter((label) => keysOf(label).tokens > 1);
    }
    labels = distinctStems(labels).slice(0, MAX_LABELS);
    if (labels.length === 0) continue;
    const isSoft = transversal.has(uri) || row.reuseLevel === 'transversal';
    const isNamedTool = digital.has(uri) && isKnowledge && /^[A-Z]/.test(labels[0] ?? '');
    entries.push(generatedEntry(isSoft ? 'soft' : isNamedTool ? 'tool' : 'hard', labels));
  }
  return entries;
}

export function readEscoOccupations(csv: string): SourceEntry[] {
  return parseCsv(csv).flatMap((row) => {
    const labels = labelsOf(row, /\n/)
      .map((label) => label.replace(SENIORITY, ''))
      .filter((label) => isPlausibleLabel(label, MAX_TITLE_TOKENS));
    const kept = distinctStems(labels).slice(0, MAX_LABELS);
    return kept.length > 0 ? [generatedEntry('title', kept)] : [];
  });
}
