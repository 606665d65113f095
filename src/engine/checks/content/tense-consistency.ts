/**
 * Past roles are described in the past tense ("Led", "Built"); the current role in the present
 * ("Lead", "Build"). Many guides accept past tense for finished achievements in a current role,
 * so for it we only flag a mix of tenses; for past roles any present-tense opener is flagged.
 * Tense is read from the first word with an inflection heuristic; unknown or ambiguous words
 * ("cut", "set") are ignored.
 */
import type { Evidence } from '../../model/finding.js';
import type { Check, FindingDraft } from '../types.js';
import {
  bulletEvidence,
  experienceBullets,
  MAX_EVIDENCE,
  type LocatedBullet,
} from './support/bullets.js';
import { firstWord, readVerb } from './support/verbs.js';

type Tense = 'present' | 'past';

// Many base forms double as nouns ("Research Assistant…", "Lead engineer on…"). A base form only
// reads as a verb when an object or a second verb follows: "Lead the migration", "Design and build".
const VERB_USE_RE =
  /^\S+\s+(?:a|an|the|and|all|our|their|its|his|her|new|multiple|several|cross-functional|\d[\d,.%]*)\b/i;
/** Current roles need this many readable bullets before a mix of tenses is worth a tip. */
const MIN_CURRENT_READINGS = 3;

function tenseOf(bullet: LocatedBullet): Tense | null {
  const reading = readVerb(firstWord(bullet.text));
  if (!reading) return null;
  if (reading.form === 'past') return 'past';
  if (reading.form === 'present') return 'present';
  if (reading.form === 'base' && VERB_USE_RE.test(bullet.text)) return 'present';
  return null;
}

export const tenseConsistency: Check = {
  id: 'content.tense-consistency',
  category: 'content',
  severity: 'tip',
  appliesTo: { languages: ['en'] },
  codes: ['content.past-role-present-tense', 'content.current-role-mixed-tense'],
  run(context) {
    const pastRolePresent: LocatedBullet[] = [];
    const currentByTense = new Map<number, Record<Tense, LocatedBullet[]>>();
    for (const bullet of experienceBullets(context)) {
      const tense = tenseOf(bullet);
      if (!tense) continue;
      if (!bullet.entry.current) {
        if (tense === 'present') pastRolePresent.push(bullet);
        continue;
      }
      const groups = currentByTense.get(bullet.entryIndex) ?? { present: [], past: [] };
      groups[tense].push(bullet);
      currentByTense.set(bullet.entryIndex, groups);
    }
    const findings: FindingDraft[] = [];
    if (pastRolePresent.length > 0) {
      findings.push({
        code: 'content.past-role-present-tense',
        params: {
          count: pastRolePresent.length,
          verbs: [...new Set(pastRolePresent.map((b) => firstWord(b.text)))],
        },
        evidence: pastRolePresent.slice(0, MAX_EVIDENCE).map(bulletEvidence),
      });
    }
    for (const groups of currentByTense.values()) {
      if (groups.present.length === 0 || groups.past.length === 0) continue;
      if (groups.present.length + groups.past.length < MIN_CURRENT_READINGS) continue;
      // Point at the minority tense: those are the bullets to rewrite.
      const minority = groups.present.length < groups.past.length ? groups.present : groups.past;
      const evidence: Evidence[] = minority.slice(0, MAX_EVIDENCE).map(bulletEvidence);
      findings.push({
        code: 'content.current-role-mixed-tense',
        params: {
          role: minority[0]?.entry.title ?? minority[0]?.entry.organization ?? '',
          present: groups.present.length,
          past: groups.past.length,
        },
        evidence,
      });
    }
    return findings;
  },
};
