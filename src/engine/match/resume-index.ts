/**
 * The resume side of matching, computed once per resume so that ranking many jobs only pays for
 * the jobs: text by section, taxonomy terms with evidence, content stems, titles, degree level
 * and years of experience. Hidden text is indexed apart, so it can count against the match.
 */
import type { JobDescription, TermKind } from '../model/match.js';
import type { LayoutDocument } from '../model/layout.js';
import type { Resume, SectionKind } from '../model/resume.js';
import { highestEducationLevel, type EducationLevel } from './education-level.js';
import { findSeniority } from './jd-facts.js';
import { collectHiddenText } from './hidden-text.js';
import { countStems } from './lexical.js';
import { computeResumeYears, type YearMonth } from './resume-years.js';
import { findTerms } from './terms.js';

export type EvidenceSection = SectionKind | 'header';

export interface ResumeTermHit {
  term: string;
  kind: TermKind;
  /** Mentions in visible text. */
  count: number;
  evidence: Array<{ section: EvidenceSection; snippet: string }>;
}

export interface ResumeIndex {
  language: string;
  terms: Map<string, ResumeTermHit>;
  /** Terms mentioned in hidden text, with their count there. */
  hiddenTerms: Map<string, number>;
  /** Visible content stems and adjacent-stem pairs (docs/matching.md, keywords). */
  stems: Set<string>;
  bigrams: Set<string>;
  /** Headline first, then job titles, most recent first. */
  titles: string[];
  /** Occupation titles the taxonomy recognises in those titles. */
  titleTerms: Set<string>;
  seniority: JobDescription['seniority'];
  educationLevel: EducationLevel | null;
  educationText: string;
  years: number;
  words: number;
}

const SNIPPET_CHARS = 120;

export function indexResume(
  resume: Resume,
  source: LayoutDocument | string,
  options: { now?: YearMonth } = {},
): ResumeIndex {
  const lines = typeof source === 'string' ? source.split('\n') : source.lines.map((l) => l.text);
  const hiddenText = typeof source === 'string' ? '' : collectHiddenText(source.source);
  const segments = segmentBySection(resume, lines);
  const { language } = resume;
  const terms = new Map<string, ResumeTermHit>();
  for (const segment of segments) {
    for (const mention of findTerms(segment.text, { language })) {
      const hit = terms.get(mention.term) ?? {
        term: mention.term,
        kind: mention.kind,
        count: 0,
        evidence: [],
      };
      hit.count += 1;
      if (hit.evidence.length < 3)
        hit.evidence.push({
          section: segment.section,
          snippet: snippetAt(segment.text, mention.start),
        });
      terms.set(mention.term, hit);
    }
  }
  const hiddenTerms = new Map<string, number>();
  for (const mention of hiddenText ? findTerms(hiddenText, { language }) : []) {
    hiddenTerms.set(mention.term, (hiddenTerms.get(mention.term) ?? 0) + 1);
  }
  // The visible count is what remains once hidden mentions are taken out.
  for (const [term, hidden] of hiddenTerms) {
    const hit = terms.get(term);
    if (hit) hit.count = Math.max(0, hit.count - hidden);
  }
  const allText = lines.join('\n');
  const visible = countStems(allText, hiddenText);
  const titles = collectTitles(resume, lines, segments);
  const educationText = resume.education
    .map((e) => [e.degree, e.field, e.institution].filter(Boolean).join(' '))
    .join('\n');
  return {
    language,
    terms,
    hiddenTerms,
    stems: visible.stems,
    bigrams: visible.bigrams,
    titles,
    titleTerms: new Set(
      titles.flatMap((t) =>
        findTerms(t, { language })
          .filter((m) => m.kind === 'title')
          .map((m) => m.term),
      ),
    ),
    seniority: findSeniority(resume.experience[0]?.title ?? titles[0] ?? null),
    educationLevel: highestEducationLevel(
      resume.education.map((e) => `${e.degree ?? ''} ${e.field ?? ''}`),
    ),
    educationText,
    years: computeResumeYears(resume.experience, options.now),
    words: visible.words,
  };
}

interface Segment {
  section: EvidenceSection;
  text: string;
}

/** Lines grouped by the section they belong to; lines before any section are the header. */
function segmentBySection(resume: Resume, lines: readonly string[]): Segment[] {
  const kinds: EvidenceSection[] = lines.map(() => 'header');
  for (const section of resume.sections) {
    const [first, last] = section.lines;
    for (let i = Math.max(0, first); i <= last && i < lines.length; i++) kinds[i] = section.kind;
  }
  const segments: Segment[] = [];
  for (const [i, line] of lines.entries()) {
    const kind = kinds[i] ?? 'header';
    const last = segments[segments.length - 1];
    if (last && last.section === kind) last.text += `\n${line}`;
    else segments.push({ section: kind, text: line });
  }
  return segments;
}

/** The line around a mention, shortened to about SNIPPET_CHARS around it. */
function snippetAt(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = text.indexOf('\n', offset);
  const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd).trim();
  if (line.length <= SNIPPET_CHARS) return line;
  const at = Math.max(0, offset - lineStart - SNIPPET_CHARS / 2);
  return `${at > 0 ? '…' : ''}${line.slice(at, at + SNIPPET_CHARS).trim()}…`;
}

/**
 * A short line that is not the name or contact details, in the header or right under the name, is
 * a headline ("Registered Nurse"); sidebars can put the name below the contact block.
 */
function collectTitles(
  resume: Resume,
  lines: readonly string[],
  segments: readonly Segment[],
): string[] {
  const header = segments.find((s) => s.section === 'header')?.text.split('\n') ?? [];
  const name = resume.contact.name?.trim().toLowerCase() ?? '';
  const nameLine = name ? lines.findIndex((line) => line.trim().toLowerCase() === name) : -1;
  const underName = nameLine >= 0 ? lines.slice(nameLine + 1, nameLine + 2) : [];
  const headlines = [...new Set([...header.slice(0, 4), ...underName].map((line) => line.trim()))]
    .filter((line) => line && line.toLowerCase() !== name && line.split(/\s+/).length <= 8)
    .filter((line) => !/[@\d]|https?:|www\.|linkedin|github/i.test(line))
    .slice(0, 2);
  const jobTitles = resume.experience.map((e) => e.title).filter((t): t is string => Boolean(t));
  return [...headlines, ...jobTitles];
}
