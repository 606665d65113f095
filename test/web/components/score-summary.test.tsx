/** The score at a glance: the gauge's number and label, one bar per category, the cap's reason. */
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../../src/engine/model/index.js';
import { CATEGORY_LABELS } from '../../../web/src/labels.js';
import { ScoreSummary } from '../../../web/src/report/score-summary.js';
import { analyzeResume } from './render-app.js';

afterEach(cleanup);

describe('ScoreSummary', () => {
  let sidebar: Report;
  let scan: Report;

  beforeAll(async () => {
    [sidebar, scan] = await Promise.all([
      analyzeResume('en-sidebar-table.pdf'),
      analyzeResume('en-word-classic-scan.pdf'),
    ]);
  });

  it('shows the overall score on the gauge, as text and as its accessible name', () => {
    render(<ScoreSummary report={sidebar} />);
    const gauge = screen.getByRole('img', { name: /^Overall score/ });
    const overall = sidebar.score.overall;
    expect(gauge.getAttribute('aria-label')).toMatch(
      new RegExp(`^Overall score ${overall} out of 100`),
    );
    expect(gauge.textContent).toContain(String(overall));
    expect(gauge.dataset.score).toBe(String(overall));
  });

  it('draws one bar per scored category and lists the same numbers in a table', () => {
    render(<ScoreSummary report={sidebar} />);
    const chart = screen.getByTestId('category-chart');
    const entries = Object.entries(sidebar.score.categories);
    expect(entries.length).toBeGreaterThan(0);
    expect(chart.querySelectorAll('rect.bar-value')).toHaveLength(entries.length);
    const table = within(chart).getByRole('table', { hidden: true });
    for (const [category, value] of entries) {
      const label = CATEGORY_LABELS[category as keyof typeof CATEGORY_LABELS];
      const row = within(table).getByRole('row', {
        name: new RegExp(`^${label}\\b`),
        hidden: true,
      });
      expect(row.textContent).toContain(String(value));
    }
    const bars = within(chart).getByRole('img');
    expect(bars.getAttribute('aria-label')).toContain(
      `${CATEGORY_LABELS.layout} ${sidebar.score.categories.layout}`,
    );
  });

  it('says which blocker capped the score, and what it would be without it', () => {
    render(<ScoreSummary report={scan} />);
    expect(scan.score.cappedBy).not.toBeNull();
    const capped = screen.getByTestId('capped-by');
    const blocker = scan.findings.find((f) => f.code === scan.score.cappedBy)!;
    expect(capped.textContent).toContain(`Capped at ${scan.score.overall}`);
    expect(capped.textContent).toContain(blocker.message);
    expect(capped.textContent).toContain(String(scan.score.uncapped));
  });

  it('shows no cap note when no blocker holds the score down', () => {
    render(<ScoreSummary report={sidebar} />);
    expect(sidebar.score.cappedBy).toBeNull();
    expect(screen.queryByTestId('capped-by')).toBeNull();
  });
});
