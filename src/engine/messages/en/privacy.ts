/** Privacy findings: personal data that a resume does not need, with local norms named. */
import { text } from '../params.js';
import type { FindingParams } from '../../model/finding.js';
import type { MessageCatalog } from '../types.js';

function what(p: FindingParams): string {
  return text(p, 'kind') === 'age' ? 'your age' : 'your date of birth';
}

const LANGUAGE_NAMES: Record<string, string> = {
  de: 'German',
  fr: 'French',
  es: 'Spanish',
  pt: 'Portuguese',
  it: 'Italian',
  nl: 'Dutch',
  zh: 'Chinese',
  ja: 'Japanese',
  ko: 'Korean',
  ru: 'Russian',
};

function local(p: FindingParams): string {
  const language = text(p, 'language');
  return `${LANGUAGE_NAMES[language] ?? language}-language`;
}

export const privacyMessages: MessageCatalog = {
  'privacy.date-of-birth': {
    title: 'Date of birth or age',
    why: 'US, UK and Canadian employers do not expect a date of birth, and it invites age discrimination; it is also personal data the ATS stores for years.',
    message: (p) => `Your resume shows ${what(p)}.`,
    fix: () => 'Remove it. Employers who need it for a background check will ask after an offer.',
  },
  'privacy.date-of-birth-customary': {
    title: 'Date of birth or age (customary locally)',
    why: 'In some countries a date of birth is still customary on a CV, but it is never required by an ATS and many employers now prefer it left out.',
    message: (p) =>
      `Your resume shows ${what(p)}. That is still common in ${local(p)} CVs, so this is a choice rather than a mistake.`,
    fix: () =>
      'Keep it if it is the norm for the employer you apply to; remove it for international or English-language applications.',
  },
  'privacy.photo': {
    title: 'Photo',
    why: 'US, UK and Canadian employers avoid resumes with photos because of anti-discrimination rules, some recruiters discard them, and an ATS ignores images anyway.',
    message: () => 'Page 1 has an image that looks like a photo of you.',
    fix: () => 'Remove the photo and use the space for your summary or a key achievement.',
  },
  'privacy.photo-customary': {
    title: 'Photo (customary locally)',
    why: 'In some countries a photo is customary on a CV; an ATS ignores it, and international employers often prefer none.',
    message: (p) =>
      `Page 1 has an image that looks like a photo of you. Photos are common in ${local(p)} CVs.`,
    fix: () =>
      'Keep a professional photo where it is expected; leave it out for international or English-language applications.',
  },
  'privacy.marital-status': {
    title: 'Marital status',
    why: 'Marital status has nothing to do with the job, invites bias, and employers in the US and UK are advised not to consider it.',
    message: () => 'Your resume states your marital status.',
    fix: () => 'Remove it.',
  },
  'privacy.marital-status-customary': {
    title: 'Marital status (customary locally)',
    why: 'Marital status used to be customary on CVs in some countries; current guidance there, too, is mostly to leave it out.',
    message: (p) =>
      `Your resume states your marital status. That was once common in ${local(p)} CVs but is now usually left out.`,
    fix: () => 'Remove it unless the form or employer explicitly asks for it.',
  },
  'privacy.national-id': {
    title: 'National ID number',
    why: 'Resumes are forwarded, stored in ATS databases and sometimes leaked; an identity number on one is an identity-theft risk, and no employer needs it before an offer.',
    message: (p) => `Your resume contains what looks like a ${text(p, 'kinds')}.`,
    fix: () =>
      'Remove the number now. Give it only in onboarding paperwork after you accept an offer.',
  },
  'privacy.street-address': {
    title: 'Full street address',
    why: 'Recruiters need your city to judge commute or relocation; the street and house number add nothing and put your home address into every copy of your resume.',
    message: (p) =>
      `Your contact details include a full street address${text(p, 'language') === 'de' || text(p, 'language') === 'fr' ? ' (traditional in this country, but no longer expected)' : ''}.`,
    fix: () => 'Keep only the city and region, for example "Austin, TX" or "80331 München".',
  },
  'privacy.references-on-request': {
    title: '"References available on request"',
    why: 'Every employer assumes references are available; the line spends space and reads dated.',
    message: () => 'Your resume says references are available on request.',
    fix: () => 'Delete the line. Have your references ready and share them when asked.',
  },
  'privacy.personal-attributes': {
    title: 'Nationality, religion or gender',
    why: 'These are protected characteristics in most anti-discrimination law and irrelevant to the job; stating them invites bias.',
    message: (p) =>
      `Your resume states your ${text(p, 'attributes').replace(/, ([^,]*)$/, ' and $1')}.`,
    fix: () =>
      'Remove them. If the job depends on work authorisation, state that instead, for example "Authorised to work in the UK".',
  },
};
