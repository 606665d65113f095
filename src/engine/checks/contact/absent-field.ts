/** Evidence for a missing contact detail: the top of page one, where it should be. */
import type { Evidence } from '../../model/finding.js';
import type { LayoutDocument } from '../../model/layout.js';
import { evidenceOf } from '../line-evidence.js';

export function topOfPageOne(layout: LayoutDocument): Evidence[] {
  const first = layout.lines.find((l) => l.page === 1 && l.zone === 'body' && l.text.trim());
  return first ? [evidenceOf(first)] : [];
}
