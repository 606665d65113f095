/** The structured resume the parser produces; field names follow the report contract. */

export type SectionKind =
  | 'summary'
  | 'experience'
  | 'education'
  | 'skills'
  | 'projects'
  | 'certifications'
  | 'publications'
  | 'awards'
  | 'languages'
  | 'volunteering'
  | 'other';

export const SECTION_KINDS: readonly SectionKind[] = [
  'summary',
  'experience',
  'education',
  'skills',
  'projects',
  'certifications',
  'publications',
  'awards',
  'languages',
  'volunteering',
  'other',
];

/** Where a parsed value came from, so findings and the UI can point at it. */
export interface SourceRef {
  page: number;
  /** First and last line index (reading order) the value spans. */
  lines: [number, number];
}

export type LinkKind = 'linkedin' | 'github' | 'portfolio' | 'other';

export interface ContactLink {
  kind: LinkKind;
  url: string;
  /** The text printed for the link, when it differs from the URL. */
  label?: string;
}

export interface Contact {
  name: string | null;
  emails: string[];
  /** Normalised E.164 when the number validates, else as printed. */
  phones: string[];
  /** Phones exactly as printed, same order as `phones`. */
  phonesRaw: string[];
  location: string | null;
  links: ContactLink[];
  /** Where contact details were found outside the body (page header or footer). */
  foundIn: Array<'body' | 'header' | 'footer'>;
  source?: SourceRef;
}

export interface Section {
  kind: SectionKind;
  heading: string;
  /** Index of the heading line in reading order (-1 for an implicit top section). */
  headingLine: number;
  /** Lines of content: [first, last] inclusive, reading order. */
  lines: [number, number];
  page: number;
  flow: 'main' | 'sidebar';
}

/** A date as the resume gives it: year, or year and month. */
export interface PartialDate {
  year: number;
  /** 1..12 when known. */
  month?: number;
  /** Season or other coarse hint as printed ("Summer"). */
  approximate?: boolean;
}

export interface DateRange {
  start: PartialDate | null;
  end: PartialDate | null;
  current: boolean;
  /** The text the dates were read from. */
  raw: string;
}

export interface ExperienceEntry {
  title: string | null;
  organization: string | null;
  location: string | null;
  /** "YYYY-MM" or "YYYY". */
  start: string | null;
  end: string | null;
  current: boolean;
  bullets: string[];
  /** Free text that is not a bullet (descriptions). */
  description?: string;
  source?: SourceRef;
}

export interface EducationEntry {
  institution: string | null;
  degree: string | null;
  field: string | null;
  start: string | null;
  end: string | null;
  grade: string | null;
  location?: string | null;
  details?: string[];
  source?: SourceRef;
}

/** Projects, certifications, publications, awards, volunteering: a title, a date and details. */
export interface GenericEntry {
  title: string;
  date: string | null;
  details: string[];
  source?: SourceRef;
}

export interface LanguageSkill {
  language: string;
  level: string | null;
}

export interface Resume {
  contact: Contact;
  sections: Section[];
  experience: ExperienceEntry[];
  education: EducationEntry[];
  skills: string[];
  projects: GenericEntry[];
  certifications: GenericEntry[];
  publications: GenericEntry[];
  awards: GenericEntry[];
  volunteering: GenericEntry[];
  languages: LanguageSkill[];
  summary: string | null;
  /** ISO 639-1 code of the resume's main language, or "und". */
  language: string;
}
