/** Display names for the engine's enums; the engine keeps codes, the UI says them in English. */
import type { CheckCategory, SectionKind, Severity } from '../../src/engine/model/index.js';

export const CATEGORY_LABELS: Record<CheckCategory, string> = {
  parseability: 'Parseability',
  layout: 'Layout',
  sections: 'Sections',
  contact: 'Contact',
  dates: 'Dates',
  content: 'Content',
  length: 'Length',
  privacy: 'Privacy',
};

export const SEVERITY_LABELS: Record<Severity, string> = {
  blocker: 'Blockers',
  warning: 'Warnings',
  tip: 'Tips',
};

export const SEVERITY_HINTS: Record<Severity, string> = {
  blocker: 'An ATS may reject or misread the resume. Fix these first.',
  warning: 'Each one lowers the score.',
  tip: 'Worth a look; they do not change the score.',
};

export const SECTION_LABELS: Record<SectionKind | 'contact' | 'header', string> = {
  summary: 'Summary',
  experience: 'Experience',
  education: 'Education',
  skills: 'Skills',
  projects: 'Projects',
  certifications: 'Certifications',
  publications: 'Publications',
  awards: 'Awards',
  languages: 'Languages',
  volunteering: 'Volunteering',
  other: 'Other',
  contact: 'Contact',
  header: 'Header',
};

/** Good ≥ 80, fair ≥ 50: the same bands as the HTML report's gauge. */
export function scoreBand(score: number): 'good' | 'fair' | 'poor' {
  if (score >= 80) return 'good';
  if (score >= 50) return 'fair';
  return 'poor';
}
