/**
 * Merges source entries in priority order (curated, O*NET tools, ESCO skills, titles): the first
 * entry to claim a folded key owns it. A later entry whose canonical name is already owned by a
 * compatible entry lends it its remaining labels (ESCO "software developer" → curated "software
 * engineer"), so one concept gets the union of the sources' variants.
 */
import type { TermKind } from '../../src/engine/model/match.js';
import { keysOf } from '../../src/engine/match/keys.js';
import { isStopTerm } from '../../src/engine/match/data/stop-list.js';
import type { SourceEntry } from './source-entry.js';

function isCompatible(owner: TermKind, other: TermKind): boolean {
  if (owner === other) return true;
  const skills: TermKind[] = ['hard', 'soft', 'tool'];
  return skills.includes(owner) && skills.includes(other);
}

export function mergeEntries(sources: readonly SourceEntry[]): SourceEntry[] {
  const merged: SourceEntry[] = [];
  const owners = new Map<string, number>();
  const isFree = (label: string, entry: SourceEntry): boolean => {
    const key = keysOf(label).fold;
    return key !== '' && !owners.has(key) && (entry.isCurated || !isStopTerm(key));
  };
  const claim = (label: string, index: number): void => {
    owners.set(keysOf(label).fold, index);
  };
  for (const source of sources) {
    const canonicalOwner = owners.get(keysOf(source.labels[0] ?? '').fold);
    const target = canonicalOwner === undefined ? undefined : merged[canonicalOwner];
    if (canonicalOwner !== undefined && target !== undefined) {
      if (!isCompatible(target.kind, source.kind)) continue;
      // Curated technology entries are complete; ESCO's extra "JavaScript" labels include
      // neighbours such as "Mocha", so only titles and soft skills borrow labels from sources.
      if (target.isCurated && target.kind !== 'title' && target.kind !== 'soft') continue;
      target.isHot ||= source.isHot;
      for (const label of source.labels) {
        if (!isFree(label, source)) continue;
        target.labels.push(label);
        claim(label, canonicalOwner);
      }
      continue;
    }
    const index = merged.length;
    const ambiguous = source.ambiguous.filter((label) => isFree(label, source));
    ambiguous.forEach((label) => claim(label, index));
    const labels: string[] = [];
    for (const label of source.labels) {
      const isCanonicalOfAmbiguous = labels.length === 0 && source.ambiguous.length > 0;
      if (isCanonicalOfAmbiguous && owners.get(keysOf(label).fold) === index) {
        labels.push(label);
        continue;
      }
      if (!isFree(label, source)) continue;
      labels.push(label);
      claim(label, index);
    }
    if (labels.length === 0) continue;
    merged.push({ ...source, labels, ambiguous });
  }
  return merged;
}
