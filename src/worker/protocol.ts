/**
 * What crosses the thread boundary. Engine errors travel as codes: a class instance would lose
 * its prototype in the structured clone, and a code is all the server maps to a status.
 */
import type { EngineErrorCode } from '../engine/errors.js';
import type { RankedJob } from '../engine/match/index.js';
import type { DocumentFormat, Report } from '../engine/index.js';

interface DocumentTask {
  bytes: Uint8Array;
  declaredName?: string;
  declaredMediaType?: string;
  /** Epoch milliseconds: the engine reads no clock, so "today" is passed in. */
  nowMs: number;
  /** Cooperative budget inside the engine; the pool's hard kill comes a little later. */
  timeBudgetMs: number;
}

export interface AnalyzeTask extends DocumentTask {
  kind: 'analyze';
  dismiss: readonly string[];
  jobDescription?: string | Uint8Array;
}

export interface RankTask extends DocumentTask {
  kind: 'rank';
  jobs: ReadonlyArray<{ id: string; text: string }>;
}

export type ParseTask = AnalyzeTask | RankTask;

export type TaskFailure = { ok: false; code: EngineErrorCode; parseMs: number };

export type AnalyzeResult = { ok: true; report: Report; parseMs: number } | TaskFailure;

export type RankResult =
  { ok: true; format: DocumentFormat; ranked: RankedJob[]; parseMs: number } | TaskFailure;

export type TaskResult<T extends ParseTask> = T extends AnalyzeTask ? AnalyzeResult : RankResult;
