/** Evidence for a dated entry: its date line, else its first header line. */
import type { Evidence } from '../../model/finding.js';
import { evidenceOf } from '../line-evidence.js';
import type { DatedEntry } from './dated-entries.js';

export function entryEvidence(entry: DatedEntry): Evidence[] {
  const line = entry.dateLine ?? entry.header[0];
  return line ? [evidenceOf(line)] : [];
}
