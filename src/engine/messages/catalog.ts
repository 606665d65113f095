/** Every finding code's English text, gathered from one file per check category. */
import { contactMessages } from './en/contact.js';
import { contentMessages } from './en/content.js';
import { datesMessages } from './en/dates.js';
import { layoutMessages } from './en/layout.js';
import { lengthMessages } from './en/length.js';
import { parseabilityMessages } from './en/parseability.js';
import { privacyMessages } from './en/privacy.js';
import { sectionsMessages } from './en/sections.js';
import type { MessageCatalog } from './types.js';

export const MESSAGES: MessageCatalog = {
  ...parseabilityMessages,
  ...layoutMessages,
  ...sectionsMessages,
  ...contactMessages,
  ...datesMessages,
  ...contentMessages,
  ...lengthMessages,
  ...privacyMessages,
};
