/**
 * Choose a resume (drop or pick), choose the mode, and analyse. The file is checked here first,
 * so a wrong type or size never costs an upload. The drop zone is a labelled button-like region;
 * the real control is the file input, reachable by keyboard.
 */
import { useEffect, useId, useState, type DragEvent } from 'react';
import type { AnalysisMode, Session } from '../session.js';
import { useAnnounce } from '../ui/announcer.js';
import { ProblemAlert } from '../ui/problem-alert.js';
import { ModeToggle } from './mode-toggle.js';
import { checkResumeFile, formatBytes, MAX_UPLOAD_BYTES, RESUME_ACCEPT } from './file-rules.js';
import { useAnalyze } from './use-analyze.js';

const PHASE_TEXT = {
  idle: '',
  uploading: 'Uploading',
  analyzing: 'Analysing',
  'loading-engine': 'Loading the in-browser engine',
} as const;

export function UploadPanel(props: {
  mode: AnalysisMode;
  onModeChange: (mode: AnalysisMode) => void;
  onAnalyzed: (session: Session) => void;
}) {
  const { mode, onModeChange, onAnalyzed } = props;
  const inputId = useId();
  const announce = useAnnounce();
  const [isDragging, setIsDragging] = useState(false);
  const [rejected, setRejected] = useState<unknown>(null);
  const analysis = useAnalyze((session) => {
    announce(`Analysis ready: score ${session.report.score.overall} out of 100.`);
    onAnalyzed(session);
  });

  useEffect(() => {
    if (analysis.phase === 'idle') return;
    const percent =
      analysis.phase === 'uploading' ? ` ${Math.round(analysis.progress * 100)}%` : '';
    announce(`${PHASE_TEXT[analysis.phase]}${percent}`);
  }, [analysis.phase, analysis.progress, announce]);

  const start = (file: File | undefined) => {
    if (!file) return;
    const problem = checkResumeFile(file);
    setRejected(problem);
    if (problem) return;
    analysis.mutate({ file, mode });
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setIsDragging(false);
    start(event.dataTransfer.files[0]);
  };
  const isBusy = analysis.isPending;
  const error = rejected ?? (analysis.isError ? analysis.error : null);

  return (
    <section className="panel upload" aria-labelledby="upload-title" data-testid="upload-panel">
      <h2 id="upload-title" tabIndex={-1}>
        Check a resume
      </h2>
      <ModeToggle mode={mode} onChange={onModeChange} disabled={isBusy} />
      <div
        className={`dropzone${isDragging ? ' is-dragging' : ''}`}
        data-testid="dropzone"
        onDragOver={(event) => {
          event.preventDefault();
          setIsDragging(true);
        }}
        onDragLeave={() => setIsDragging(false)}
        onDrop={onDrop}
      >
        <p>Drop your resume here, or</p>
        <label htmlFor={inputId} className="button primary">
          Choose a file
        </label>
        <input
          id={inputId}
          className="visually-hidden-input"
          type="file"
          accept={RESUME_ACCEPT}
          disabled={isBusy}
          data-testid="file-input"
          aria-describedby={`${inputId}-hint`}
          onChange={(event) => {
            start(event.target.files?.[0]);
            event.target.value = '';
          }}
        />
        <p id={`${inputId}-hint`} className="hint">
          PDF, Word (DOCX or DOC), TXT or Markdown, up to {formatBytes(MAX_UPLOAD_BYTES)}.
        </p>
      </div>
      {isBusy ? (
        <div className="progress" data-testid="upload-progress">
          <label htmlFor={`${inputId}-progress`}>{PHASE_TEXT[analysis.phase] || 'Working'}…</label>
          <progress
            id={`${inputId}-progress`}
            max={1}
            {...(analysis.phase === 'uploading' ? { value: analysis.progress } : {})}
          />
        </div>
      ) : null}
      {error ? <ProblemAlert error={error} testId="upload-error" /> : null}
    </section>
  );
}
