/**
 * Findings grouped by severity with their message, fix and evidence; selecting evidence; and
 * dismissing a finding re-scores the report at once, to what the engine computes with `dismiss`.
 */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Finding, Report } from '../../../src/engine/model/index.js';
import { FindingsList } from '../../../web/src/report/findings-list.js';
import { ReportView } from '../../../web/src/report/report-view.js';
import { analyzeResume, renderWithProviders, sessionFor } from './render-app.js';

afterEach(cleanup);

const noop = () => undefined;

function renderList(
  findings: Finding[],
  handlers: Partial<Parameters<typeof FindingsList>[0]> = {},
) {
  return render(
    <FindingsList
      findings={findings}
      dismissed={[]}
      selectedKey={null}
      onSelect={noop}
      onToggleDismiss={noop}
      {...handlers}
    />,
  );
}

describe('FindingsList', () => {
  let sidebar: Report;
  let scan: Report;

  beforeAll(async () => {
    [sidebar, scan] = await Promise.all([
      analyzeResume('en-sidebar-table.pdf'),
      analyzeResume('en-word-classic-scan.pdf'),
    ]);
  });

  it('groups findings under blockers, warnings and tips, in that order', () => {
    const findings = [...sidebar.findings, ...scan.findings];
    renderList(findings);
    const groups = ['blocker', 'warning', 'tip'].map((s) => screen.getByTestId(`findings-${s}`));
    for (const [i, severity] of ['blocker', 'warning', 'tip'].entries()) {
      const items = within(groups[i]!).getAllByTestId('finding');
      expect(items).toHaveLength(findings.filter((f) => f.severity === severity).length);
      expect(items.every((item) => item.dataset.severity === severity)).toBe(true);
    }
    for (const [earlier, later] of [
      [0, 1],
      [1, 2],
    ] as const) {
      const position = groups[earlier]!.compareDocumentPosition(groups[later]!);
      expect(position & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    }
    expect(within(groups[0]!).getByRole('heading').textContent).toMatch(/^Blockers \(1\)/);
  });

  it('shows each finding’s message, fix and evidence snippet', () => {
    renderList(sidebar.findings);
    const finding = sidebar.findings.find((f) => f.evidence[0]?.snippet)!;
    const item = screen.getAllByTestId('finding').find((el) => el.dataset.code === finding.code)!;
    expect(item.textContent).toContain(finding.message);
    expect(item.textContent).toContain(finding.fix);
    expect(item.textContent).toContain(finding.evidence[0]!.snippet);
  });

  it('hands the chosen evidence to the document view', () => {
    const onSelect = vi.fn();
    renderList(sidebar.findings, { onSelect });
    const finding = sidebar.findings.find((f) => f.evidence[0]?.box)!;
    const item = screen.getAllByTestId('finding').find((el) => el.dataset.code === finding.code)!;
    fireEvent.click(within(item).getAllByRole('button', { name: /show on page/i })[0]!);
    expect(onSelect).toHaveBeenCalledWith(
      expect.objectContaining({ evidence: finding.evidence[0] }),
    );
  });

  it('says so when there is nothing to fix', () => {
    renderList([]);
    expect(screen.getByText(/no problems found/i)).toBeTruthy();
    expect(screen.queryByTestId('finding')).toBeNull();
  });
});

describe('dismissing a finding in the report', () => {
  const FILE = 'en-sidebar-table.docx';

  it('re-scores at once, to the score the engine gives with that code dismissed', async () => {
    const report = await analyzeResume(FILE);
    const finding = report.findings.find((f) => f.category === 'layout')!;
    const expected = await analyzeResume(FILE, { dismiss: [finding.code] });
    expect(expected.score.overall).toBeGreaterThan(report.score.overall);

    renderWithProviders(<ReportView session={sessionFor(FILE, report)} onCleared={noop} />);
    const gauge = screen.getByTestId('score-gauge');
    expect(gauge.dataset.score).toBe(String(report.score.overall));

    const item = screen.getAllByTestId('finding').find((el) => el.dataset.code === finding.code)!;
    fireEvent.click(within(item).getByRole('checkbox', { name: /dismiss/i }));

    expect(gauge.dataset.score).toBe(String(expected.score.overall));
    const dismissed = screen.getByTestId('findings-dismissed');
    expect(within(dismissed).getAllByTestId('finding')[0]!.dataset.code).toBe(finding.code);
    expect(screen.getByTestId('live-status').textContent).toBe(
      `Score now ${expected.score.overall} out of 100.`,
    );

    fireEvent.click(within(dismissed).getByRole('checkbox', { name: /dismiss/i }));
    expect(gauge.dataset.score).toBe(String(report.score.overall));
    expect(screen.queryByTestId('findings-dismissed')).toBeNull();
  });
});
