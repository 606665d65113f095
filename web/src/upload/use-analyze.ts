/**
 * Runs an analysis in the chosen mode. Server mode uploads with progress; private mode loads the
 * engine chunk on first use and never makes a request with the file.
 */
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { createAnalysis } from '../api/client.js';
import type { AnalysisMode, Session } from '../session.js';

export interface AnalyzeInput {
  file: File;
  mode: AnalysisMode;
}

export type AnalyzePhase = 'idle' | 'uploading' | 'analyzing' | 'loading-engine';

export function useAnalyze(onDone: (session: Session) => void) {
  const [progress, setProgress] = useState(0);
  const [phase, setPhase] = useState<AnalyzePhase>('idle');
  const mutation = useMutation({
    mutationFn: async ({ file, mode }: AnalyzeInput): Promise<Session> => {
      const bytes = new Uint8Array(await file.arrayBuffer());
      if (mode === 'private') {
        setPhase('loading-engine');
        const engine = await import('../engine/private-analysis.js');
        setPhase('analyzing');
        const local = await engine.analyzePrivately(bytes, file.name, new Date());
        return { id: Date.now(), mode, file, bytes, report: local.report, local };
      }
      setPhase('uploading');
      setProgress(0);
      const created = await createAnalysis(file, {
        onProgress: (fraction) => {
          setProgress(fraction);
          if (fraction >= 1) setPhase('analyzing');
        },
      });
      const { id, ownerToken, createdAt, report } = created;
      return { id: Date.now(), mode, file, bytes, report, stored: { id, ownerToken, createdAt } };
    },
    onSuccess: onDone,
    onSettled: () => setPhase('idle'),
  });
  return { ...mutation, progress, phase };
}
