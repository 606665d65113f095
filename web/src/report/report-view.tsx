/**
 * The report page: score, findings beside the document, the ATS's view, job match, premium and
 * actions. Dismissals re-score on the spot with the engine's scorer; the shown and downloaded
 * report is always the re-scored one.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { MatchPanel } from '../match/match-panel.js';
import { PremiumPanel } from '../premium/premium-panel.js';
import type { Session } from '../session.js';
import { useAnnounce } from '../ui/announcer.js';
import { AtsView } from './ats-view.js';
import { DocumentView } from './document-view.js';
import { FindingsList, type EvidenceSelection } from './findings-list.js';
import { ReportActions } from './report-actions.js';
import { rescoreReport } from './rescore.js';
import { ScoreSummary } from './score-summary.js';

export function ReportView({ session, onCleared }: { session: Session; onCleared: () => void }) {
  const announce = useAnnounce();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(
    () => new Set(session.report.dismissed.map((finding) => finding.code)),
  );
  const [selection, setSelection] = useState<EvidenceSelection | null>(null);
  const report = useMemo(() => rescoreReport(session.report, dismissed), [session, dismissed]);

  // Move focus to the results when they arrive, so keyboard and screen-reader users land there.
  useEffect(() => headingRef.current?.focus(), [session]);

  const toggleDismiss = (code: string, isDismissed: boolean) => {
    const next = new Set(dismissed);
    if (isDismissed) next.add(code);
    else next.delete(code);
    setDismissed(next);
    setSelection(null);
    announce(`Score now ${rescoreReport(session.report, next).score.overall} out of 100.`);
  };

  return (
    <div className="report" data-testid="report" data-mode={session.mode}>
      <h2 ref={headingRef} tabIndex={-1} className="report-title">
        Results for {session.file.name}
      </h2>
      <ScoreSummary report={report} />
      <div className="report-columns">
        <FindingsList
          findings={report.findings}
          dismissed={report.dismissed}
          selectedKey={selection?.key ?? null}
          onSelect={(next) => {
            setSelection(next);
            announce(
              `Showing evidence${next.evidence.page ? ` on page ${next.evidence.page}` : ''}.`,
            );
          }}
          onToggleDismiss={toggleDismiss}
        />
        <DocumentView
          session={session}
          report={report}
          {...(selection ? { evidence: selection.evidence } : {})}
        />
      </div>
      <AtsView report={report} />
      <MatchPanel session={session} />
      <PremiumPanel session={session} />
      <ReportActions session={session} report={report} onDeleted={onCleared} />
    </div>
  );
}
