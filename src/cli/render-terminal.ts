/**
 * Renders a Report as readable terminal text: the document, its health (score, findings), then
 * what the ATS reads. Pure: the caller decides where it goes.
 */
import type { EducationEntry, ExperienceEntry, Report } from '../engine/index.js';
import { renderHealth } from './render-health.js';
import { sanitizeForTerminal as clean, type Style } from './style.js';

export interface RenderOptions {
  style: Style;
  /** Shown in the title line. */
  fileName?: string;
  /** Terminal width used to wrap the skills list. */
  width?: number;
}

const LABEL_WIDTH = 11;

export function renderReport(report: Report, options: RenderOptions): string {
  const { style } = options;
  const title = options.fileName ? `Resume Health — ${clean(options.fileName)}` : 'Resume Health';
  const blocks = [
    style.bold(title),
    renderDocument(report, style),
    ...renderHealth(report, style),
    renderContact(report, style),
    renderSections(report, style),
    renderExperience(report.experience, style),
    renderEducation(report.education, style),
    renderSkills(report.skills, style, options.width ?? 80),
    renderTiming(report, style),
  ];
  return `${blocks.filter((block) => block !== '').join('\n\n')}\n`;
}

function field(label: string, value: string, style: Style): string {
  return `  ${style.dim(label.padEnd(LABEL_WIDTH))}${value}`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function renderDocument(report: Report, style: Style): string {
  const doc = report.document;
  const pages =
    doc.pagesAnalyzed < doc.pages
      ? `${plural(doc.pages, 'page')} (first ${doc.pagesAnalyzed} analyzed)`
      : plural(doc.pages, 'page');
  const extractable = doc.textExtractable
    ? style.green('text extractable')
    : style.red('text NOT extractable');
  const lines = [
    style.bold('Document'),
    field('Format', doc.format.toUpperCase(), style),
    field(
      'Size',
      `${pages} · ${plural(doc.words, 'word')} · ${plural(doc.columns, 'column')}`,
      style,
    ),
    field('Text', extractable, style),
    field('Language', clean(doc.language), style),
  ];
  if (doc.readingOrderRepairedPages.length > 0) {
    const pagesList = doc.readingOrderRepairedPages.join(', ');
    lines.push(field('Reordered', `reading order repaired on page ${pagesList}`, style));
  }
  for (const diagnostic of doc.diagnostics) {
    const count = diagnostic.count === undefined ? '' : ` ×${diagnostic.count}`;
    const where = diagnostic.pages?.length ? ` (pages ${diagnostic.pages.join(', ')})` : '';
    lines.push(field('Diagnostic', style.yellow(`${diagnostic.code}${count}${where}`), style));
  }
  return lines.join('\n');
}

function renderContact(report: Report, style: Style): string {
  const contact = report.contact;
  const none = style.dim('—');
  const lines = [
    style.bold('Contact'),
    field('Name', contact.name ? clean(contact.name) : none, style),
    field('Email', contact.emails.map(clean).join(', ') || none, style),
    field('Phone', contact.phones.map(clean).join(', ') || none, style),
    field('Location', contact.location ? clean(contact.location) : none, style),
  ];
  for (const link of contact.links) {
    lines.push(field('Link', `${clean(link.url)} ${style.dim(`(${link.kind})`)}`, style));
  }
  return lines.join('\n');
}

function renderSections(report: Report, style: Style): string {
  if (report.sections.length === 0)
    return `${style.bold('Sections')}\n  ${style.dim('none found')}`;
  const lines = report.sections.map(
    (section) =>
      `  ${section.kind.padEnd(15)}${clean(section.heading)} ${style.dim(`p${section.page}`)}`,
  );
  return [style.bold(`Sections (${report.sections.length})`), ...lines].join('\n');
}

function renderDates(start: string | null, end: string | null, isCurrent: boolean): string {
  if (!start && !end && !isCurrent) return '';
  return `${start ?? '?'} – ${isCurrent ? 'present' : (end ?? '?')}`;
}

function joinParts(parts: Array<string | null | undefined>): string {
  return parts
    .filter((part): part is string => Boolean(part))
    .map(clean)
    .join(' · ');
}

function renderExperience(entries: ExperienceEntry[], style: Style): string {
  if (entries.length === 0) return '';
  const lines = entries.map((entry) => {
    const what = joinParts([entry.title, entry.organization, entry.location]) || '(untitled)';
    const dates = renderDates(entry.start, entry.end, entry.current);
    const bullets =
      entry.bullets.length > 0 ? style.dim(plural(entry.bullets.length, 'bullet')) : '';
    return `  ${[what, style.cyan(dates), bullets].filter(Boolean).join('  ')}`;
  });
  return [style.bold(`Experience (${entries.length})`), ...lines].join('\n');
}

function renderEducation(entries: EducationEntry[], style: Style): string {
  if (entries.length === 0) return '';
  const lines = entries.map((entry) => {
    const what = joinParts([entry.institution, entry.degree, entry.field]) || '(untitled)';
    const dates = renderDates(entry.start, entry.end, false);
    return `  ${[what, style.cyan(dates)].filter(Boolean).join('  ')}`;
  });
  return [style.bold(`Education (${entries.length})`), ...lines].join('\n');
}

function renderSkills(skills: string[], style: Style, width: number): string {
  if (skills.length === 0) return '';
  const lines: string[] = [];
  let current = '';
  for (const skill of skills.map(clean).filter(Boolean)) {
    const candidate = current === '' ? skill : `${current}, ${skill}`;
    if (current !== '' && candidate.length + 3 > width) {
      lines.push(`  ${current},`);
      current = skill;
    } else {
      current = candidate;
    }
  }
  if (current !== '') lines.push(`  ${current}`);
  return [style.bold(`Skills (${skills.length})`), ...lines].join('\n');
}

function renderTiming(report: Report, style: Style): string {
  const timing = report.timing;
  if (!timing) return '';
  const ms = (value: number) => `${value.toFixed(value < 10 ? 1 : 0)} ms`;
  const total = timing.extractMs + timing.layoutMs + timing.parseMs;
  return style.dim(
    `Timing: extract ${ms(timing.extractMs)} · layout ${ms(timing.layoutMs)} · parse ${ms(timing.parseMs)} · total ${ms(total)}`,
  );
}
