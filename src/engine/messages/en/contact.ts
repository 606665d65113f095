import { quoteList, text } from '../params.js';
import type { MessageCatalog } from '../types.js';

export const contactMessages: MessageCatalog = {
  'contact.no-name': {
    title: 'No name found',
    why: 'An ATS files your resume under the name it reads at the top; without one, recruiters cannot find or address you.',
    message: () => 'We could not find your name at the top of the resume.',
    fix: () =>
      'Put your full name on the first line of page one, as plain text (not in an image or the page header).',
  },
  'contact.no-email': {
    title: 'No email address',
    why: 'Email is how recruiters reply and how ATS tell applicants apart; without one your application may go unanswered.',
    message: () => 'We could not find an email address.',
    fix: () =>
      'Add a professional email address (for example firstname.lastname@gmail.com) under your name.',
  },
  'contact.no-phone': {
    title: 'No phone number',
    why: 'Recruiters phone shortlisted candidates, and many ATS need a number to create your profile.',
    message: () => 'We could not find a phone number.',
    fix: () =>
      'Add your mobile number under your name, with the country code if you apply abroad (for example +44 7700 900123).',
  },
  'contact.no-location': {
    title: 'No location',
    why: 'ATS filter candidates by location and distance; without a city you can drop out of local searches.',
    message: () => 'We could not find where you are based.',
    fix: () =>
      'Add your city and region or country under your name (for example “Austin, TX”); a full street address is not needed.',
  },
  'contact.malformed-email': {
    title: 'Email address that will not work',
    why: 'A mistyped or spelled-out address cannot be read by an ATS, and mail to it bounces.',
    message: (p) =>
      `The email address “${text(p, 'email')}” looks mistyped or is not a valid address.`,
    fix: () =>
      'Write the address exactly as you type it into a mail program (name@example.com) and send yourself a test message.',
  },
  'contact.unprofessional-email': {
    title: 'Unprofessional email address',
    why: 'Recruiters see your email address first; slang or innuendo in it makes a poor first impression.',
    message: (p) =>
      `The email address “${text(p, 'email')}” contains “${text(p, 'word')}”, which may read as unprofessional.`,
    fix: () => 'Use an address built from your name, such as firstname.lastname@gmail.com.',
  },
  'contact.email-many-digits': {
    title: 'Email address with many digits',
    why: 'Long runs of digits are hard to read out and remember, and a birth year in the address reveals your age.',
    message: (p) => `The email address “${text(p, 'email')}” contains many digits.`,
    fix: () =>
      'If you can, use an address built from your name alone, such as firstname.lastname@gmail.com.',
  },
  'contact.several-emails': {
    title: 'Several email addresses',
    why: 'ATS keep one address, often the first, and a recruiter does not know which to use; university addresses expire.',
    message: (p) => `Your resume lists several email addresses: ${quoteList(p, 'emails')}.`,
    fix: () => 'Keep one personal address you check daily and remove the others.',
  },
  'contact.no-professional-link': {
    title: 'No professional profile link',
    why: 'Recruiters look candidates up; a LinkedIn, GitHub or portfolio link saves them the search and shows more than a page can.',
    message: () => 'We found no LinkedIn, GitHub or portfolio link.',
    fix: () =>
      'Add the address of your LinkedIn profile (linkedin.com/in/your-name), or your GitHub or portfolio, under your contact details.',
  },
  'contact.link-text-mismatch': {
    title: 'Link text and target differ',
    why: 'Readers see the printed address but click through to another one, and ATS may store either; it looks like a mistake.',
    message: (p) =>
      `The text shows “${text(p, 'shown')}” but the link opens “${text(p, 'target')}”.`,
    fix: (p) =>
      `Point the link at “${text(p, 'shown')}”, or change the printed text to match where it goes.`,
  },
  'contact.not-on-first-page': {
    title: 'Contact details not on page one',
    why: 'ATS look for contact details at the top of the first page, and recruiters should not have to turn pages to reach you.',
    message: (p) => `Your email address or phone number appears only on page ${text(p, 'page')}.`,
    fix: () => 'Move your email, phone and city to the top of page one, just under your name.',
  },
};
