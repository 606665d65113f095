/**
 * Findings grouped by severity, each with its message, fix and evidence. "Show on page" selects
 * a piece of evidence for the document view; the checkbox dismisses the finding's code (as the
 * API's `dismiss` does), and the parent re-scores at once.
 */
import type { Evidence, Finding, Severity } from '../../../src/engine/model/index.js';
import { SEVERITY_HINTS, SEVERITY_LABELS } from '../labels.js';

export interface EvidenceSelection {
  key: string;
  evidence: Evidence;
}

interface Props {
  findings: Finding[];
  dismissed: Finding[];
  selectedKey: string | null;
  onSelect: (selection: EvidenceSelection) => void;
  onToggleDismiss: (code: string, isDismissed: boolean) => void;
}

const ORDER: Severity[] = ['blocker', 'warning', 'tip'];

export function findingKey(finding: Finding, index: number): string {
  return `${finding.code}#${index}`;
}

export function FindingsList(props: Props) {
  const all = props.findings.map((finding, index) => ({
    finding,
    key: findingKey(finding, index),
  }));
  return (
    <section className="panel findings" aria-labelledby="findings-title" data-testid="findings">
      <h2 id="findings-title">What to fix</h2>
      {all.length === 0 ? <p>No problems found. Nicely done.</p> : null}
      {ORDER.map((severity) => {
        const group = all.filter(({ finding }) => finding.severity === severity);
        if (group.length === 0) return null;
        return (
          <div
            key={severity}
            className={`severity-group ${severity}`}
            data-testid={`findings-${severity}`}
          >
            <h3>
              {SEVERITY_LABELS[severity]} <span className="count">({group.length})</span>
            </h3>
            <p className="hint">{SEVERITY_HINTS[severity]}</p>
            <ul className="finding-list">
              {group.map(({ finding, key }) => (
                <FindingItem
                  key={key}
                  itemKey={key}
                  finding={finding}
                  isDismissed={false}
                  {...props}
                />
              ))}
            </ul>
          </div>
        );
      })}
      {props.dismissed.length > 0 ? (
        <div className="severity-group dismissed" data-testid="findings-dismissed">
          <h3>
            Dismissed <span className="count">({props.dismissed.length})</span>
          </h3>
          <p className="hint">Shown for reference; they do not count in the score.</p>
          <ul className="finding-list">
            {props.dismissed.map((finding, index) => (
              <FindingItem
                key={`dismissed-${findingKey(finding, index)}`}
                itemKey={`dismissed-${findingKey(finding, index)}`}
                finding={finding}
                isDismissed
                {...props}
              />
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

function FindingItem(props: Props & { finding: Finding; itemKey: string; isDismissed: boolean }) {
  const { finding, itemKey, isDismissed } = props;
  const dismissId = `dismiss-${itemKey}`;
  const isSelected = props.selectedKey === itemKey;
  return (
    <li
      className={`finding ${finding.severity}${isSelected ? ' is-selected' : ''}`}
      data-testid="finding"
      data-code={finding.code}
      data-severity={finding.severity}
    >
      <p className="finding-message">{finding.message}</p>
      <p className="finding-fix">
        <strong>Fix:</strong> {finding.fix}
      </p>
      {finding.evidence.length > 0 ? (
        <ul className="evidence-list">
          {finding.evidence.map((evidence, i) => (
            <li key={i}>
              <button
                type="button"
                className="link-button"
                data-testid="show-evidence"
                aria-pressed={isSelected}
                onClick={() => props.onSelect({ key: itemKey, evidence })}
              >
                Show on page{evidence.page ? ` ${evidence.page}` : ''}
              </button>
              {evidence.snippet ? <q className="snippet">{evidence.snippet}</q> : null}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="dismiss">
        <input
          id={dismissId}
          type="checkbox"
          checked={isDismissed}
          data-testid="dismiss-finding"
          onChange={(event) => props.onToggleDismiss(finding.code, event.target.checked)}
        />
        <label htmlFor={dismissId}>Dismiss: this does not apply to me</label>
      </div>
    </li>
  );
}
