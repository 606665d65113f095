/**
 * Download the HTML report (rendered in the browser by the same pure function the CLI and the
 * server use, loaded on demand) and erase the stored analysis with its owner token.
 */
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { Report } from '../../../src/engine/model/index.js';
import { deleteAnalysis } from '../api/client.js';
import type { Session } from '../session.js';
import { useAnnounce } from '../ui/announcer.js';
import { ProblemAlert } from '../ui/problem-alert.js';

function saveFile(name: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function ReportActions(props: { session: Session; report: Report; onDeleted: () => void }) {
  const { session, report, onDeleted } = props;
  const announce = useAnnounce();
  // An in-page confirmation rather than window.confirm: screen readers and test drivers handle it.
  const [isConfirming, setIsConfirming] = useState(false);
  const baseName = session.file.name.replace(/\.[^.]+$/, '');
  const download = useMutation({
    mutationFn: async () => {
      const { renderHtmlReport } = await import('../../../src/report/html.js');
      saveFile(
        `${baseName}-resume-health.html`,
        renderHtmlReport(report, { fileName: session.file.name }),
        'text/html',
      );
    },
    onSuccess: () => announce('Report downloaded.'),
  });
  const erase = useMutation({
    mutationFn: async () => {
      if (session.stored) await deleteAnalysis(session.stored.id, session.stored.ownerToken);
    },
    onSuccess: () => {
      announce(session.stored ? 'Analysis deleted from the server.' : 'Analysis cleared.');
      onDeleted();
    },
  });
  return (
    <section className="panel actions" aria-labelledby="actions-title" data-testid="report-actions">
      <h2 id="actions-title">Keep or delete</h2>
      <div className="button-row">
        <button
          type="button"
          className="button"
          onClick={() => download.mutate()}
          data-testid="download-report"
        >
          Download HTML report
        </button>
        {isConfirming ? (
          <>
            <button
              type="button"
              className="button danger"
              disabled={erase.isPending}
              onClick={() => erase.mutate()}
              data-testid="confirm-delete"
            >
              {session.stored ? 'Yes, delete it for good' : 'Yes, clear it'}
            </button>
            <button type="button" className="button" onClick={() => setIsConfirming(false)}>
              Cancel
            </button>
          </>
        ) : (
          <button
            type="button"
            className="button danger"
            onClick={() => setIsConfirming(true)}
            data-testid="delete-analysis"
          >
            {session.stored ? 'Delete analysis' : 'Clear'}
          </button>
        )}
      </div>
      <p className="hint">
        {session.stored
          ? `Stored on the server as ${session.stored.id}. Deleting erases everything kept for it.`
          : 'Private mode: nothing was stored on the server.'}
      </p>
      {download.isError ? <ProblemAlert error={download.error} /> : null}
      {erase.isError ? <ProblemAlert error={erase.error} testId="delete-error" /> : null}
    </section>
  );
}
