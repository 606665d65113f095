import type { Check } from '../types.js';
import { dateOfBirthCustomary } from './date-of-birth-customary.js';
import { dateOfBirth } from './date-of-birth.js';
import { maritalStatusCustomary } from './marital-status-customary.js';
import { maritalStatus } from './marital-status.js';
import { nationalId } from './national-id.js';
import { personalAttributes } from './personal-attributes.js';
import { photoCustomary } from './photo-customary.js';
import { photo } from './photo.js';
import { referencesOnRequest } from './references-on-request.js';
import { streetAddress } from './street-address.js';

export const privacyChecks: readonly Check[] = [
  dateOfBirth,
  dateOfBirthCustomary,
  maritalStatus,
  maritalStatusCustomary,
  nationalId,
  personalAttributes,
  photo,
  photoCustomary,
  referencesOnRequest,
  streetAddress,
];
