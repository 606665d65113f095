/**
 * "What the ATS sees": the document facts and the fields parsed from it. Links the resume
 * contains are printed as text, never as anchors, so the report loads and leads nowhere.
 */
import type { EducationEntry, ExperienceEntry, Report } from '../engine/index.js';
import { html, type HtmlValue, type SafeHtml } from './html-escape.js';

const NONE = html`<span class="muted">—</span>`;

function row(label: string, value: HtmlValue): SafeHtml {
  return html`<dt>${label}</dt>
    <dd>${value === '' || value === null ? NONE : value}</dd>`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

export function renderDocumentFacts(report: Report): SafeHtml {
  const doc = report.document;
  const pages =
    doc.pagesAnalyzed < doc.pages
      ? `${plural(doc.pages, 'page')} (first ${doc.pagesAnalyzed} analyzed)`
      : plural(doc.pages, 'page');
  const repaired = doc.readingOrderRepairedPages;
  return html`<dl>
    ${row('Format', doc.format.toUpperCase())}
    ${row('Size', `${pages} · ${plural(doc.words, 'word')} · ${plural(doc.columns, 'column')}`)}
    ${row('Text', doc.textExtractable ? 'extractable' : html`<span class="poor">not extractable</span>`)}
    ${row('Language', doc.language)}
    ${repaired.length > 0 ? row('Reordered', `reading order repaired on page ${repaired.join(', ')}`) : ''}
  </dl>`;
}

function renderContact(report: Report): SafeHtml {
  const { contact } = report;
  return html`<h3>Contact</h3>
    <dl>
      ${row('Name', contact.name ?? '')} ${row('Email', contact.emails.join(', '))}
      ${row('Phone', contact.phones.join(', '))} ${row('Location', contact.location ?? '')}
      ${contact.links.map((link) => row('Link', html`${link.url} <span class="muted">(${link.kind})</span>`))}
    </dl>`;
}

function renderSections(report: Report): SafeHtml {
  if (report.sections.length === 0)
    return html`<h3>Sections</h3>
      <p class="muted">None found.</p>`;
  return html`<h3>Sections (${report.sections.length})</h3>
    <table>
      <thead>
        <tr>
          <th>Kind</th>
          <th>Heading as printed</th>
          <th>Page</th>
        </tr>
      </thead>
      <tbody>
        ${report.sections.map(
          (s) =>
            html`<tr>
              <td>${s.kind}</td>
              <td>${s.heading}</td>
              <td>${s.page}</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
}

function dates(start: string | null, end: string | null, isCurrent: boolean): string {
  if (!start && !end && !isCurrent) return '';
  return `${start ?? '?'} – ${isCurrent ? 'present' : (end ?? '?')}`;
}

function joinParts(parts: Array<string | null | undefined>): string {
  return parts.filter((part): part is string => Boolean(part)).join(' · ');
}

function renderJob(entry: ExperienceEntry): SafeHtml {
  const what = joinParts([entry.title, entry.organization, entry.location]) || '(untitled)';
  return html`<tr>
    <td>
      ${what}${
        entry.bullets.length > 0
          ? html`<ul class="plain">
              ${entry.bullets.map((b) => html`<li>${b}</li>`)}
            </ul>`
          : ''
      }
    </td>
    <td>${dates(entry.start, entry.end, entry.current)}</td>
  </tr>`;
}

function renderSchool(entry: EducationEntry): SafeHtml {
  const what = joinParts([entry.institution, entry.degree, entry.field]) || '(untitled)';
  return html`<tr>
    <td>${what}</td>
    <td>${dates(entry.start, entry.end, false)}</td>
  </tr>`;
}

function renderEntries<T>(title: string, entries: T[], render: (entry: T) => SafeHtml): HtmlValue {
  if (entries.length === 0) return '';
  return html`<h3>${title} (${entries.length})</h3>
    <table>
      <thead>
        <tr>
          <th>Entry</th>
          <th>Dates</th>
        </tr>
      </thead>
      <tbody>
        ${entries.map(render)}
      </tbody>
    </table>`;
}

export function renderAtsView(report: Report): SafeHtml {
  return html`<section aria-labelledby="ats">
    <h2 id="ats">What an ATS sees</h2>
    ${renderContact(report)} ${renderSections(report)}
    ${renderEntries('Experience', report.experience, renderJob)}
    ${renderEntries('Education', report.education, renderSchool)}
    ${
      report.skills.length > 0
        ? html`<h3>Skills (${report.skills.length})</h3>
            <ul class="skills">
              ${report.skills.map((skill) => html`<li>${skill}</li>`)}
            </ul>`
        : ''
    }
  </section>`;
}
