import type { MessageCatalog } from '../types.js';

export const sectionsMessages: MessageCatalog = {};
