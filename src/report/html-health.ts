/** The health half of the HTML report: gauge, category bars, findings, dismissals, skips. */
import type { Evidence, Finding, Report, Severity } from '../engine/index.js';
import { html, type SafeHtml } from './html-escape.js';
import { renderGauge, scoreClass } from './html-gauge.js';
import {
  describeCap,
  findingTitle,
  groupBySeverity,
  isScored,
  listCategoryScores,
  SEVERITIES,
  SEVERITY_HEADINGS,
  summarizeSkipped,
} from './summary.js';

const MAX_EVIDENCE = 8;

export function renderScoreSummary(report: Report): SafeHtml {
  const { score } = report;
  const scored = isScored(score);
  const cap = describeCap(score);
  const categories = listCategoryScores(score).map(
    ({ category, score: value, weight }) =>
      html`<li>
        <span>${category}</span
        ><span class="bar ${scoreClass(value)}" title="weight ${weight}"
          ><span style="width:${value}%"></span></span
        ><span class="value">${value}</span>
      </li>`,
  );
  return html`<section class="summary" aria-label="Score">
    ${renderGauge(scored ? score.overall : null)}
    <div>
      ${scored ? '' : html`<p class="muted">Not assessed: no check applied to this document.</p>`}
      ${cap ? html`<p class="cap">Score ${cap} (${score.uncapped} without it).</p>` : ''}
      ${
        categories.length > 0
          ? html`<ul class="categories">
              ${categories}
            </ul>`
          : ''
      }
      <p class="meta">Algorithm ${score.algorithm}</p>
    </div>
  </section>`;
}

function renderEvidence(evidence: Evidence): SafeHtml {
  const where = [
    evidence.page === undefined ? '' : `page ${evidence.page}`,
    evidence.line === undefined ? '' : `line ${evidence.line + 1}`,
  ]
    .filter(Boolean)
    .join(', ');
  return html`<li>
    ${where}${where && evidence.snippet ? ': ' : ''}${evidence.snippet ? html`<span class="snippet">${evidence.snippet}</span>` : ''}
  </li>`;
}

function renderFinding(finding: Finding): SafeHtml {
  const title = findingTitle(finding.code);
  const all = finding.evidence.filter((item) => item.page !== undefined || item.snippet);
  // A long list of the same problem helps nobody on paper; the count says how widespread it is.
  const evidence = all.slice(0, MAX_EVIDENCE);
  const more = all.length - evidence.length;
  return html`<article class="finding ${finding.severity}">
    <p>
      ${title ? html`<span class="title">${title}</span>` : ''}
      <span class="code">${finding.code}</span>
    </p>
    <p>${finding.message}</p>
    ${
      evidence.length > 0
        ? html`<ul class="evidence">
            ${evidence.map(renderEvidence)} ${more > 0 ? html`<li>and ${more} more</li>` : ''}
          </ul>`
        : ''
    }
    ${finding.fix ? html`<p class="fix"><strong>Fix:</strong> ${finding.fix}</p>` : ''}
  </article>`;
}

function renderGroup(severity: Severity, findings: Finding[]): SafeHtml | '' {
  if (findings.length === 0) return '';
  return html`<h3>${SEVERITY_HEADINGS[severity]} (${findings.length})</h3>
    ${findings.map(renderFinding)}`;
}

export function renderFindings(report: Report): SafeHtml {
  const groups = groupBySeverity(report.findings);
  const none =
    report.findings.length === 0 && isScored(report.score)
      ? html`<p class="good">No findings: nothing to fix.</p>`
      : '';
  const dismissedCodes = [...new Set(report.dismissed.map((finding) => finding.code))];
  const skipped = summarizeSkipped(report.skippedChecks);
  return html`<section aria-labelledby="findings">
    <h2 id="findings">Findings</h2>
    ${none} ${SEVERITIES.map((severity) => renderGroup(severity, groups[severity]))}
    ${
      dismissedCodes.length > 0
        ? html`<h3>Dismissed (${report.dismissed.length}, not scored)</h3>
            <ul class="plain muted">
              ${dismissedCodes.map((code) => html`<li><span class="code">${code}</span> ${findingTitle(code) ?? ''}</li>`)}
            </ul>`
        : ''
    }
    ${
      skipped.length > 0
        ? html`<h3>Skipped checks</h3>
            <ul class="plain muted">
              ${skipped.map((line) => html`<li>${line}</li>`)}
            </ul>`
        : ''
    }
  </section>`;
}
