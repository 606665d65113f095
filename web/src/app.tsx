/**
 * The one-page app: pick a mode, drop a resume, read the report. The first screen needs only the
 * upload panel; the report (scorer, forms, charts) is a separate chunk fetched while the browser
 * is idle, so it is ready before the first analysis returns without weighing on the first paint.
 */
import { lazy, Suspense, useEffect, useState } from 'react';
import type { AnalysisMode, Session } from './session.js';
import { UploadPanel } from './upload/upload-panel.js';

const loadReportView = () => import('./report/report-view.js');
const ReportView = lazy(() => loadReportView().then((module) => ({ default: module.ReportView })));

export function App() {
  const [mode, setMode] = useState<AnalysisMode>('server');
  const [session, setSession] = useState<Session | null>(null);
  useEffect(() => {
    const handle = setTimeout(() => void loadReportView(), 200);
    return () => clearTimeout(handle);
  }, []);
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <h1>Resume Health</h1>
        <p className="tagline">See your resume the way an applicant tracking system does.</p>
        <p className={`mode-badge ${mode}`} data-testid="mode-badge">
          {mode === 'private' ? 'Private mode: on this device only' : 'Server mode'}
        </p>
      </header>
      <main id="main">
        <UploadPanel mode={mode} onModeChange={setMode} onAnalyzed={setSession} />
        {session ? (
          <Suspense fallback={<p role="status">Preparing the report…</p>}>
            <ReportView
              key={session.id}
              session={session}
              onCleared={() => {
                setSession(null);
                // The report is gone: put focus back where the next step starts.
                document.getElementById('upload-title')?.focus();
              }}
            />
          </Suspense>
        ) : null}
      </main>
      <footer className="site-footer">
        <a href="/docs">API documentation</a>
      </footer>
    </>
  );
}
