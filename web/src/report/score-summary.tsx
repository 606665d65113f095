/** The score at a glance: gauge, categories, and why it is capped when a blocker holds it down. */
import type { Report } from '../../../src/engine/model/index.js';
import { CategoryChart } from './category-chart.js';
import { ScoreGauge } from './score-gauge.js';

export function ScoreSummary({ report }: { report: Report }) {
  const { score, document } = report;
  const capping = score.cappedBy
    ? report.findings.find((finding) => finding.code === score.cappedBy)
    : undefined;
  return (
    <section className="panel score" aria-labelledby="score-title" data-testid="score-summary">
      <h2 id="score-title">ATS health score</h2>
      <div className="score-body">
        <ScoreGauge score={score.overall} />
        <CategoryChart categories={score.categories} />
      </div>
      {score.cappedBy ? (
        <p className="capped" data-testid="capped-by">
          <strong>Capped at {score.overall}</strong> by a blocker
          {capping ? `: ${capping.message}` : ` (${score.cappedBy})`}. Without it the score would be{' '}
          {score.uncapped}.
        </p>
      ) : null}
      <p className="hint">
        {document.format.toUpperCase()} · {document.pages} page{document.pages === 1 ? '' : 's'} ·{' '}
        {document.words} words · {document.columns} column{document.columns === 1 ? '' : 's'}
        {document.textExtractable ? '' : ' · no readable text layer'}
      </p>
    </section>
  );
}
