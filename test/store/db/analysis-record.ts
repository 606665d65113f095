import { randomBytes, randomUUID } from 'node:crypto';
import type { AnalysisRecord } from '../../../src/store/ports.js';
import { makeReport } from '../../cli/fake-report.js';

/** A complete record with a fresh id; text that stresses JSON and binary encoding. */
export function makeRecord(overrides: Partial<AnalysisRecord> = {}): AnalysisRecord {
  return {
    id: randomUUID(),
    ownerTokenHash: randomBytes(32).toString('hex'),
    contentHash: randomBytes(32).toString('hex'),
    format: 'pdf',
    report: makeReport({
      summary: 'Ingénieure — 数据 🚀 "quoted" \\ back\\slash\n\ttabbed',
      skills: ['C++', 'Go', ''],
    }),
    createdAt: new Date('2025-01-02T03:04:05.678Z'),
    expiresAt: null,
    encryptedText: null,
    ...overrides,
  };
}

/** Every byte value, so an encoding that mangles any of them shows up. */
export function allByteValues(): Uint8Array {
  return Uint8Array.from({ length: 256 }, (_, index) => index);
}
