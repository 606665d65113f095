/**
 * One job's fit: the score, its parts, and the terms as chips — matched ones with where the
 * resume shows them, missing ones with the section they belong in.
 */
import type { MatchParts, MatchResult } from '../../../src/engine/model/match.js';
import { SECTION_LABELS } from '../labels.js';

const PART_LABELS: Record<Exclude<keyof MatchParts, 'notApplicable'>, string> = {
  hardSkills: 'Hard skills',
  softSkills: 'Soft skills',
  title: 'Job title',
  education: 'Education',
  experienceYears: 'Years of experience',
  keywords: 'Keywords',
};

export function MatchResultView({ result }: { result: MatchResult }) {
  const notApplicable = new Set(result.parts.notApplicable ?? []);
  const parts = (Object.keys(PART_LABELS) as Array<keyof typeof PART_LABELS>).filter(
    (part) => result.parts[part] !== undefined,
  );
  return (
    <div className="match-result" data-testid="match-result" data-score={result.score}>
      <p className="match-score">
        Match score <strong data-testid="match-score">{result.score}</strong> / 100
      </p>
      <dl className="match-parts" data-testid="match-parts">
        {parts.map((part) => (
          <div key={part} className="match-part">
            <dt>{PART_LABELS[part]}</dt>
            <dd>
              {notApplicable.has(part) ? (
                <span className="hint">not asked for</span>
              ) : (
                <>
                  <meter min={0} max={100} value={result.parts[part]} aria-hidden="true" />{' '}
                  {result.parts[part]}
                </>
              )}
            </dd>
          </div>
        ))}
      </dl>
      <h3>Missing ({result.missing.length})</h3>
      <ul className="chips" data-testid="missing-terms">
        {result.missing.map((term) => (
          <li key={term.term} className={`chip missing${term.required ? ' required' : ''}`}>
            {term.term}
            <span className="chip-note">
              {term.required ? 'required · ' : ''}add to {SECTION_LABELS[term.suggestedSection]}
            </span>
          </li>
        ))}
      </ul>
      <h3>Matched ({result.matched.length})</h3>
      <ul className="chips" data-testid="matched-terms">
        {result.matched.map((term) => (
          <li key={term.term} className="chip matched">
            {term.term}
            <span className="chip-note">
              in{' '}
              {[...new Set(term.evidence.map((e) => SECTION_LABELS[e.section]))].join(', ') ||
                'resume'}
            </span>
          </li>
        ))}
      </ul>
      {result.penalties.length > 0 ? (
        <p className="alert-inline" data-testid="match-penalties">
          Points were taken off for keyword stuffing or hidden text (
          {result.penalties.map((penalty) => penalty.code).join(', ')}).
        </p>
      ) : null}
    </div>
  );
}
