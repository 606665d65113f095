import { randomBytes, randomUUID } from 'node:crypto';
import { toJsonbText } from '../../../src/store/db/index.js';
import type { AnalysisRecord, NewAnalysisRecord } from '../../../src/store/ports.js';
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
    reportKey: makeReportKey(),
    createdAt: new Date('2025-01-02T03:04:05.678Z'),
    expiresAt: null,
    encryptedText: null,
    ...overrides,
  };
}

/** A key no other test uses, shaped like the cache keys the service passes. */
export function makeReportKey(): string {
  return `analysis:test:-:${randomUUID()}`;
}

/**
 * The record as the service creates it: report as storable JSON text, by default under the
 * record's own key and just computed.
 */
export function toNewRecord(
  record: AnalysisRecord,
  options: Partial<Pick<NewAnalysisRecord, 'reportKey' | 'reportJson' | 'isReportComputed'>> = {},
): NewAnalysisRecord {
  const { report, ...rest } = record;
  return {
    ...rest,
    reportKey: options.reportKey ?? rest.reportKey,
    reportJson: options.reportJson ?? toJsonbText(report),
    isReportComputed: options.isReportComputed ?? true,
  };
}

/** Every byte value, so an encoding that mangles any of them shows up. */
export function allByteValues(): Uint8Array {
  return Uint8Array.from({ length: 256 }, (_, index) => index);
}
