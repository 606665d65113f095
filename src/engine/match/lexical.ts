/**
 * Lexical similarity: how much of a posting's own vocabulary the resume uses, beyond the taxonomy.
 * Every content stem of the posting weighs (part weight) × (1 + ln tf), adjacent pairs of stems
 * weigh BIGRAM_WEIGHT more, and the score is the weighted share present in the resume. It is what
 * keeps postings of unrelated fields low when the taxonomy knows none of their words, and it
 * needs no corpus statistics, so one posting scores the same alone or in a batch.
 */
import type { JobDescription } from '../model/match.js';
import { partWeight } from './jd-terms.js';
import { contentStems } from './lexical-tokens.js';
import { BIGRAM_WEIGHT, PART_WEIGHTS } from './weights.js';

export interface JobProfile {
  stems: Map<string, number>;
  bigrams: Map<string, number>;
  total: number;
}

const profiles = new WeakMap<JobDescription, JobProfile>();

export function profileJob(job: JobDescription): JobProfile {
  const cached = profiles.get(job);
  if (cached) return cached;
  const tf = new Map<string, { count: number; weight: number }>();
  const pairs = new Map<string, { count: number; weight: number }>();
  const hasStructure = job.hasStructure ?? job.parts.some((p) => p.heading !== null);
  const sources = job.parts.map((part) => ({
    text: part.text,
    weight: partWeight(part, hasStructure),
  }));
  if (job.title) sources.push({ text: job.title, weight: PART_WEIGHTS.title });
  for (const { text, weight } of sources) {
    for (const line of text.split('\n')) {
      const stems = contentStems(line);
      stems.forEach((stem, i) => {
        tally(tf, stem, weight);
        const next = stems[i + 1];
        if (next !== undefined && next !== stem) tally(pairs, `${stem} ${next}`, weight);
      });
    }
  }
  const stems = finish(tf, 1);
  const bigrams = finish(pairs, BIGRAM_WEIGHT);
  let total = 0;
  for (const w of stems.values()) total += w;
  for (const w of bigrams.values()) total += w;
  const profile = { stems, bigrams, total };
  profiles.set(job, profile);
  return profile;
}

function tally(
  map: Map<string, { count: number; weight: number }>,
  key: string,
  weight: number,
): void {
  const entry = map.get(key);
  if (entry) {
    entry.count += 1;
    entry.weight = Math.max(entry.weight, weight);
  } else map.set(key, { count: 1, weight });
}

function finish(
  map: Map<string, { count: number; weight: number }>,
  factor: number,
): Map<string, number> {
  const result = new Map<string, number>();
  for (const [key, { count, weight }] of map)
    result.set(key, factor * weight * (1 + Math.log(count)));
  return result;
}

/** Share (0..1) of the posting's weighted vocabulary that the resume uses. */
export function keywordCoverage(
  profile: JobProfile,
  resume: { stems: ReadonlySet<string>; bigrams: ReadonlySet<string> },
): number {
  if (profile.total === 0) return 0;
  let found = 0;
  for (const [stem, weight] of profile.stems) if (resume.stems.has(stem)) found += weight;
  for (const [pair, weight] of profile.bigrams) if (resume.bigrams.has(pair)) found += weight;
  return found / profile.total;
}

/** Content stems and adjacent pairs of a resume's visible text (hidden text subtracted). */
export function countStems(
  text: string,
  hiddenText: string,
): { stems: Set<string>; bigrams: Set<string>; words: number } {
  const counts = new Map<string, number>();
  const pairCounts = new Map<string, number>();
  let words = 0;
  const add = (source: string, delta: number) => {
    for (const line of source.split('\n')) {
      const stems = contentStems(line);
      if (delta > 0) words += line.split(/\s+/).filter(Boolean).length;
      stems.forEach((stem, i) => {
        counts.set(stem, (counts.get(stem) ?? 0) + delta);
        const next = stems[i + 1];
        if (next !== undefined)
          pairCounts.set(`${stem} ${next}`, (pairCounts.get(`${stem} ${next}`) ?? 0) + delta);
      });
    }
  };
  add(text, 1);
  if (hiddenText) add(hiddenText, -1);
  const positive = (map: Map<string, number>) =>
    new Set([...map].filter(([, n]) => n > 0).map(([k]) => k));
  return { stems: positive(counts), bigrams: positive(pairCounts), words };
}
