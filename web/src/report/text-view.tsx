/**
 * Word and text resumes have no fixed pages, so their evidence is shown in the text the ATS
 * reads (report.text, one line per reading-order line), with the evidence line highlighted.
 */
import { useEffect, useRef } from 'react';
import type { Evidence } from '../../../src/engine/model/index.js';

export function findEvidenceLine(lines: readonly string[], evidence?: Evidence): number | null {
  if (!evidence) return null;
  if (evidence.line !== undefined && evidence.line < lines.length) return evidence.line;
  const snippet = evidence.snippet?.trim().replace(/…$/, '');
  if (!snippet) return null;
  const index = lines.findIndex((line) => line.includes(snippet));
  return index < 0 ? null : index;
}

export function TextView({ text, evidence }: { text: string; evidence?: Evidence }) {
  const lines = text.split('\n');
  const target = findEvidenceLine(lines, evidence);
  const targetRef = useRef<HTMLLIElement>(null);
  useEffect(() => {
    targetRef.current?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  }, [target, evidence]);
  return (
    // Focusable so keyboard users can scroll it (it holds no other focusable element).
    <ol
      className="text-view"
      data-testid="text-view"
      aria-label="Text in reading order"
      tabIndex={0}
    >
      {lines.map((line, i) => (
        <li
          key={i}
          ref={i === target ? targetRef : undefined}
          className={i === target ? 'is-evidence' : undefined}
          data-testid={i === target ? 'evidence-line' : undefined}
        >
          {line || '\u00a0'}
        </li>
      ))}
    </ol>
  );
}
