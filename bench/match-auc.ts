/** ROC-AUC: the chance that a random relevant item scores above a random irrelevant one (ties ½). */
export function rocAuc(
  scores: ReadonlyArray<{ score: number; isRelevant: boolean }>,
): number | null {
  const positives = scores.filter((s) => s.isRelevant).map((s) => s.score);
  const negatives = scores.filter((s) => !s.isRelevant).map((s) => s.score);
  if (positives.length === 0 || negatives.length === 0) return null;
  let wins = 0;
  for (const p of positives) for (const n of negatives) wins += p > n ? 1 : p === n ? 0.5 : 0;
  return wins / (positives.length * negatives.length);
}
