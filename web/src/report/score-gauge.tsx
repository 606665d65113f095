/**
 * The overall score as a half-circle gauge, drawn as SVG (a chart library would cost more bytes
 * than the whole app). The number is text in the SVG and the label says it for screen readers.
 */
import { scoreBand } from '../labels.js';

const RADIUS = 80;
const ARC = Math.PI * RADIUS;

export function ScoreGauge({ score }: { score: number }) {
  const clamped = Math.max(0, Math.min(100, score));
  const band = scoreBand(clamped);
  return (
    <svg
      className={`gauge ${band}`}
      viewBox="0 0 200 120"
      role="img"
      aria-label={`Overall score ${clamped} out of 100 (${band})`}
      data-testid="score-gauge"
      data-score={clamped}
    >
      <path className="gauge-track" d="M20 100 A80 80 0 0 1 180 100" />
      <path
        className="gauge-value"
        d="M20 100 A80 80 0 0 1 180 100"
        strokeDasharray={`${(ARC * clamped) / 100} ${ARC}`}
      />
      <text x="100" y="92" textAnchor="middle" className="gauge-number">
        {clamped}
      </text>
      <text x="100" y="114" textAnchor="middle" className="gauge-caption">
        out of 100
      </text>
    </svg>
  );
}
