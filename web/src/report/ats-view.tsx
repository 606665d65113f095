/** "What the ATS sees": the fields a parser fills from the resume, as it filled them. */
import type { Report } from '../../../src/engine/model/index.js';
import { SECTION_LABELS } from '../labels.js';

function Missing() {
  return <span className="missing">not found</span>;
}

function range(start: string | null, end: string | null, current: boolean): string {
  if (!start && !end) return 'no dates';
  return `${start ?? '?'} – ${current ? 'present' : (end ?? '?')}`;
}

export function AtsView({ report }: { report: Report }) {
  const { contact } = report;
  return (
    <section className="panel ats" aria-labelledby="ats-title" data-testid="ats-view">
      <h2 id="ats-title">What the ATS sees</h2>
      <h3>Contact</h3>
      <dl className="facts" data-testid="ats-contact">
        <dt>Name</dt>
        <dd>{contact.name ?? <Missing />}</dd>
        <dt>Email</dt>
        <dd>{contact.emails.join(', ') || <Missing />}</dd>
        <dt>Phone</dt>
        <dd>{contact.phones.join(', ') || <Missing />}</dd>
        <dt>Location</dt>
        <dd>{contact.location ?? <Missing />}</dd>
        <dt>Links</dt>
        <dd>{contact.links.map((link) => link.url).join(', ') || <Missing />}</dd>
      </dl>
      <h3>Sections, in reading order</h3>
      <ol className="chips" data-testid="ats-sections">
        {report.sections.map((section, i) => (
          <li key={i} className="chip">
            {section.heading || SECTION_LABELS[section.kind]}{' '}
            <span className="chip-note">
              {SECTION_LABELS[section.kind]} · p.{section.page}
            </span>
          </li>
        ))}
      </ol>
      <h3>Jobs ({report.experience.length})</h3>
      <ul className="entries" data-testid="ats-experience">
        {report.experience.map((job, i) => (
          <li key={i}>
            <strong>{job.title ?? 'Untitled role'}</strong>
            {job.organization ? ` at ${job.organization}` : ''}
            <span className="entry-dates"> · {range(job.start, job.end, job.current)}</span>
            {job.bullets.length > 0 ? (
              <span className="hint"> · {job.bullets.length} bullets</span>
            ) : null}
          </li>
        ))}
      </ul>
      <h3>Education ({report.education.length})</h3>
      <ul className="entries" data-testid="ats-education">
        {report.education.map((entry, i) => (
          <li key={i}>
            <strong>{entry.degree ?? 'Degree not recognised'}</strong>
            {entry.field ? `, ${entry.field}` : ''}
            {entry.institution ? ` — ${entry.institution}` : ''}
            <span className="entry-dates"> · {range(entry.start, entry.end, false)}</span>
          </li>
        ))}
      </ul>
      <h3>Skills ({report.skills.length})</h3>
      <ul className="chips" data-testid="ats-skills">
        {report.skills.map((skill) => (
          <li key={skill} className="chip">
            {skill}
          </li>
        ))}
      </ul>
    </section>
  );
}
