/** The score gauge: an SVG ring drawn with a stroke dash, so it needs no script or image. */
import { html, type SafeHtml } from './html-escape.js';

const RADIUS = 52;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

/** Colour class shared by the gauge and the category bars; thresholds match the terminal. */
export function scoreClass(value: number): 'good' | 'fair' | 'poor' {
  if (value >= 80) return 'good';
  return value >= 50 ? 'fair' : 'poor';
}

export function renderGauge(value: number | null): SafeHtml {
  const shown = value === null ? 0 : Math.max(0, Math.min(100, value));
  const dash = ((shown / 100) * CIRCUMFERENCE).toFixed(2);
  const label = value === null ? 'Score not assessed' : `Score ${value} out of 100`;
  return html`<svg
    class="gauge ${scoreClass(shown)}"
    viewBox="0 0 120 120"
    role="img"
    aria-label="${label}"
  >
    <circle class="track" cx="60" cy="60" r="${RADIUS}" fill="none" stroke-width="12" />
    <circle
      cx="60"
      cy="60"
      r="${RADIUS}"
      fill="none"
      stroke-width="12"
      stroke-linecap="round"
      stroke-dasharray="${dash} ${CIRCUMFERENCE.toFixed(2)}"
      transform="rotate(-90 60 60)"
    />
    <text x="60" y="66" text-anchor="middle">${value === null ? '–' : value}</text>
    <text class="of" x="60" y="84" text-anchor="middle">/ 100</text>
  </svg>`;
}
