/**
 * Which bullets deserve a rewrite, by the engine's own tests (weak opener, no number, passive
 * voice, too long), so the premium tier and the free report agree on what is weak. The findings
 * list only a few examples, so the bullets are re-read from the report's experience entries.
 */
import { isPassive } from '../../engine/checks/content/passive-voice.js';
import { countBulletWords } from '../../engine/checks/content/long-bullets.js';
import { isQuantified } from '../../engine/checks/content/quantified-results.js';
import { weakOpener } from '../../engine/checks/content/weak-openers.js';
import type { Report } from '../../engine/model/report.js';

export type BulletIssue = 'weak-opener' | 'unquantified' | 'passive' | 'too-long';

export interface WeakBullet {
  id: number;
  text: string;
  issues: BulletIssue[];
  /** Index into report.experience, to scope the facts a rewrite may use. */
  entryIndex: number;
}

/** A prompt with more bullets gets slower and vaguer; the weakest first. */
export const MAX_WEAK_BULLETS = 12;
/** The same limit as content.long-bullets. */
const MAX_WORDS = 30;

function issuesOf(text: string): BulletIssue[] {
  const issues: BulletIssue[] = [];
  if (weakOpener(text)) issues.push('weak-opener');
  if (!isQuantified(text)) issues.push('unquantified');
  if (isPassive(text)) issues.push('passive');
  if (countBulletWords(text) > MAX_WORDS) issues.push('too-long');
  return issues;
}

export function selectWeakBullets(report: Report): WeakBullet[] {
  const candidates = report.experience.flatMap((entry, entryIndex) =>
    entry.bullets.map((text) => ({ text: text.trim(), issues: issuesOf(text), entryIndex })),
  );
  return candidates
    .filter((bullet) => bullet.text !== '' && bullet.issues.length > 0)
    .map((bullet, order) => ({ ...bullet, order }))
    .sort((a, b) => b.issues.length - a.issues.length || a.order - b.order)
    .slice(0, MAX_WEAK_BULLETS)
    .sort((a, b) => a.order - b.order)
    .map(({ text, issues, entryIndex }, id) => ({ id: id + 1, text, issues, entryIndex }));
}
