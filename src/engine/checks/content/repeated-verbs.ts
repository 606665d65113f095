/**
 * The same verb opening many bullets ("Developed… Developed… Developed…") makes a resume read
 * flat and hides the range of work. A style tip with alternatives for the common offenders.
 */
import type { Evidence } from '../../model/finding.js';
import type { Check, FindingDraft } from '../types.js';
import { VERB_ALTERNATIVES } from './data/verb-alternatives.js';
import { bulletEvidence, experienceBullets, MAX_EVIDENCE } from './support/bullets.js';
import { firstWord, readVerb } from './support/verbs.js';

/** More bullets than this opening with one verb fires the tip. */
const MAX_REPEATS = 3;

export const repeatedVerbs: Check = {
  id: 'content.repeated-verbs',
  category: 'content',
  severity: 'tip',
  appliesTo: { languages: ['en'] },
  codes: ['content.repeated-verb'],
  run(context) {
    const byVerb = new Map<string, { words: Set<string>; evidence: Evidence[] }>();
    for (const bullet of experienceBullets(context)) {
      const word = firstWord(bullet.text);
      const reading = readVerb(word);
      if (!reading) continue;
      const group = byVerb.get(reading.base) ?? { words: new Set(), evidence: [] };
      group.words.add(word);
      group.evidence.push(bulletEvidence(bullet));
      byVerb.set(reading.base, group);
    }
    const findings: FindingDraft[] = [];
    for (const [base, group] of byVerb) {
      if (group.evidence.length <= MAX_REPEATS) continue;
      findings.push({
        code: 'content.repeated-verb',
        params: {
          verb: [...group.words][0] ?? base,
          count: group.evidence.length,
          alternatives: [...(VERB_ALTERNATIVES[base] ?? [])],
        },
        evidence: group.evidence.slice(0, MAX_EVIDENCE),
      });
    }
    return findings;
  },
};
