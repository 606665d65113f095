/** What a generated bad-input case is and what the engine must do with it. */
import type { EngineErrorCode, ExtractionDiagnosticCode } from '../../src/engine/index.js';

/**
 * `error`: analyze must reject with exactly this EngineError code.
 * `result`: analyze must return a Report, carrying `diagnostic` when given.
 * `accept`: resource-exhaustion cases whose outcome depends on machine speed; any listed outcome
 * ("result" or an error code) is correct as long as it arrives within the time budget.
 */
export type Expectation =
  | { error: EngineErrorCode }
  | { result: true; diagnostic?: ExtractionDiagnosticCode; pagesAnalyzed?: number }
  | { accept: Array<'result' | EngineErrorCode> };

export interface MaliciousCase {
  file: string;
  description: string;
  expect: Expectation;
  bytes: Uint8Array;
  /**
   * The test pads the committed file to this many bytes before analysis, so a huge input need not
   * be committed.
   */
  padToBytes?: number;
}

export const latin1 = (text: string): Uint8Array =>
  Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);

export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
