/** Precision, recall and F1 of predicted character spans against gold spans of one label. */
import type { GoldSentence } from './conll.js';

export interface PrecisionRecall {
  precision: number;
  recall: number;
  f1: number;
}

export interface SpanScores {
  gold: number;
  predicted: number;
  strict: PrecisionRecall;
  relaxed: PrecisionRecall;
}

interface Span {
  start: number;
  end: number;
}

function ratio(hits: number, total: number): number {
  return total === 0 ? 0 : hits / total;
}

function summarize(
  truePredicted: number,
  predicted: number,
  foundGold: number,
  gold: number,
): PrecisionRecall {
  const precision = ratio(truePredicted, predicted);
  const recall = ratio(foundGold, gold);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/**
 * Strict: a prediction is right when a gold span has exactly its offsets. Relaxed: when it
 * overlaps a gold span; recall counts gold spans overlapped by at least one prediction.
 */
export function scoreSpans(
  sentences: readonly GoldSentence[],
  predictions: ReadonlyArray<readonly Span[]>,
  label: string,
): SpanScores {
  let gold = 0;
  let predicted = 0;
  let strictHits = 0;
  let relaxedPredicted = 0;
  let relaxedGold = 0;
  sentences.forEach((sentence, i) => {
    const golds = sentence.spans.filter((span) => span.label === label);
    const spans = predictions[i] ?? [];
    gold += golds.length;
    predicted += spans.length;
    strictHits += spans.filter((p) =>
      golds.some((g) => g.start === p.start && g.end === p.end),
    ).length;
    relaxedPredicted += spans.filter((p) => golds.some((g) => overlaps(g, p))).length;
    relaxedGold += golds.filter((g) => spans.some((p) => overlaps(g, p))).length;
  });
  return {
    gold,
    predicted,
    strict: summarize(strictHits, predicted, strictHits, gold),
    relaxed: summarize(relaxedPredicted, predicted, relaxedGold, gold),
  };
}
