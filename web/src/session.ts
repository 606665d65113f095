/** What the app knows about the resume being looked at, in either mode. */
import type { Report } from '../../src/engine/model/index.js';
import type { PrivateAnalysis } from './engine/private-analysis.js';

export type AnalysisMode = 'server' | 'private';

export interface Session {
  /** Distinguishes one analysis from the next, even of the same file. */
  id: number;
  mode: AnalysisMode;
  file: File;
  /** The file's bytes, kept on the device for rendering pages and the reading order. */
  bytes: Uint8Array;
  report: Report;
  /** Server mode: the stored analysis and the token that is the only way back to it. */
  stored?: { id: string; ownerToken: string; createdAt: string };
  /** Private mode: the engine's intermediate results, which the report leaves out. */
  local?: PrivateAnalysis;
}
