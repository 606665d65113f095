import type { Check } from '../types.js';
import { linkTextMismatch } from './link-text-mismatch.js';
import { malformedEmail } from './malformed-email.js';
import { noEmail } from './no-email.js';
import { noLocation } from './no-location.js';
import { noName } from './no-name.js';
import { noPhone } from './no-phone.js';
import { noProfessionalLink } from './no-professional-link.js';
import { notOnFirstPage } from './not-on-first-page.js';
import { severalEmails } from './several-emails.js';
import { unprofessionalEmail } from './unprofessional-email.js';

export const contactChecks: readonly Check[] = [
  linkTextMismatch,
  malformedEmail,
  noEmail,
  noLocation,
  noName,
  noPhone,
  noProfessionalLink,
  notOnFirstPage,
  severalEmails,
  unprofessionalEmail,
];
