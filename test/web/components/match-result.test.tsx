/**
 * One job's fit: the score and its parts, matched terms as chips with where the resume shows
 * them, missing terms with the section they belong in and a marker on the required ones.
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { MatchResult } from '../../../src/engine/model/match.js';
import { SECTION_LABELS } from '../../../web/src/labels.js';
import { MatchResultView } from '../../../web/src/match/match-result.js';
import { analyzeResume } from './render-app.js';

afterEach(cleanup);

const JOB = [
  'Senior Backend Engineer',
  'Requirements: Python, Rust and Kubernetes are required. 5+ years of experience.',
  'Nice to have: Elixir, Terraform, Haskell.',
].join('\n');

describe('MatchResultView', () => {
  let match: MatchResult;

  beforeAll(async () => {
    match = (await analyzeResume('en-word-classic.pdf', { jobDescription: JOB })).match!;
    expect(match.matched.length).toBeGreaterThan(0);
    expect(match.missing.some((term) => term.required)).toBe(true);
  });

  it('shows the match score', () => {
    render(<MatchResultView result={match} />);
    expect(screen.getByTestId('match-score').textContent).toBe(String(match.score));
  });

  it('shows a chip for every matched term, saying where the resume has it', () => {
    render(<MatchResultView result={match} />);
    const chips = within(screen.getByTestId('matched-terms')).getAllByRole('listitem');
    expect(chips.map((chip) => chip.firstChild?.textContent)).toEqual(
      match.matched.map((term) => term.term),
    );
    for (const [i, term] of match.matched.entries()) {
      expect(chips[i]!.className).toContain('matched');
      const section = SECTION_LABELS[term.evidence[0]!.section];
      expect(chips[i]!.textContent).toContain(section);
    }
  });

  it('marks the required missing terms and says which section each belongs in', () => {
    render(<MatchResultView result={match} />);
    const chips = within(screen.getByTestId('missing-terms')).getAllByRole('listitem');
    expect(chips).toHaveLength(match.missing.length);
    for (const [i, term] of match.missing.entries()) {
      const chip = chips[i]!;
      expect(chip.firstChild?.textContent).toBe(term.term);
      expect(chip.classList.contains('required')).toBe(term.required);
      expect(/required/.test(chip.textContent ?? '')).toBe(term.required);
      expect(chip.textContent).toContain(`add to ${SECTION_LABELS[term.suggestedSection]}`);
    }
  });

  it('lists the parts of the score, saying which ones the job did not ask for', () => {
    render(<MatchResultView result={match} />);
    const parts = screen.getByTestId('match-parts');
    expect(within(parts).getByText('Hard skills').nextSibling?.textContent).toContain(
      String(match.parts.hardSkills),
    );
    const notAsked = (match.parts.notApplicable ?? []).filter((p) => match.parts[p] !== undefined);
    expect(notAsked.length).toBeGreaterThan(0);
    expect(within(parts).getAllByText('not asked for')).toHaveLength(notAsked.length);
  });
});
