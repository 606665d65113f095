/**
 * Term extraction accuracy on a labelled job-description set (CoNLL, e.g. Green, Maynard and Lin,
 * LREC 2022): `npm run bench:terms -- PATH/testset.txt [--json]`. Every findTerms mention is a
 * predicted Skill span (titles excluded: the set labels them Occupation). Strict = same
 * characters; relaxed = overlap (precision: predictions touching a gold span; recall: gold spans
 * touched by a prediction). Also times extraction, after one untimed warm-up pass.
 */
import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { findTerms } from '../src/engine/match/terms.js';
import { readConll, type GoldSentence } from './conll.js';
import { scoreSpans, type SpanScores } from './span-scores.js';

/** Median time to extract from one ~3,000-word text built from the set's own sentences. */
function timeLongText(sentences: readonly GoldSentence[]): { words: number; medianMs: number } {
  const parts: string[] = [];
  let words = 0;
  for (let i = 0; words < 3000 && sentences.length > 0; i++) {
    const text = sentences[i % sentences.length]?.text ?? '';
    parts.push(text);
    words += text.split(' ').length;
  }
  const text = parts.join('\n');
  const times: number[] = [];
  for (let round = 0; round < 60; round++) {
    const started = performance.now();
    findTerms(text);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { words, medianMs: times[Math.floor(times.length / 2)] ?? 0 };
}

async function main(): Promise<void> {
  const [file, ...flags] = process.argv.slice(2);
  if (file === undefined)
    throw new Error('Usage: npm run bench:terms -- PATH/testset.txt [--json]');
  const sentences: GoldSentence[] = readConll(await readFile(file, 'utf8'));
  sentences.forEach((sentence) => findTerms(sentence.text));
  const started = performance.now();
  const predicted = sentences.map((sentence) => findTerms(sentence.text));
  const elapsed = performance.now() - started;
  const kinds: Record<string, number> = {};
  for (const mention of predicted.flat()) kinds[mention.kind] = (kinds[mention.kind] ?? 0) + 1;
  const skillPredictions = predicted.map((mentions) => mentions.filter((m) => m.kind !== 'title'));
  const skill: SpanScores = scoreSpans(sentences, skillPredictions, 'Skill');
  const titles = predicted.map((mentions) => mentions.filter((m) => m.kind === 'title'));
  const occupation: SpanScores = scoreSpans(sentences, titles, 'Occupation');
  const words = sentences.reduce((sum, s) => sum + s.text.split(' ').length, 0);
  const longText = timeLongText(sentences);
  const result = {
    longText,
    sentences: sentences.length,
    words,
    msPerSentence: elapsed / sentences.length,
    msPer1000Words: (elapsed / words) * 1000,
    kinds,
    skill,
    occupation,
  };
  if (flags.includes('--json')) {
    console.log(JSON.stringify(result, null, 2));
    return;
  }
  const line = (name: string, s: SpanScores['strict']): string =>
    `  ${name.padEnd(8)} P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}`;
  console.log(`${sentences.length} sentences, ${words} words, gold Skill spans ${skill.gold}`);
  console.log(`Skill (all non-title mentions, ${skill.predicted} predicted)`);
  console.log(line('strict', skill.strict));
  console.log(line('relaxed', skill.relaxed));
  console.log(
    `Occupation (title mentions, ${occupation.predicted} predicted, ${occupation.gold} gold)`,
  );
  console.log(line('strict', occupation.strict));
  console.log(line('relaxed', occupation.relaxed));
  console.log('mentions per kind', kinds);
  console.log(`speed: ${result.msPer1000Words.toFixed(3)} ms per 1,000 words (taxonomy loaded)`);
  console.log(`one ${longText.words}-word text: median ${longText.medianMs.toFixed(2)} ms`);
}

await main();
