import type { MessageCatalog } from '../types.js';

export const contactMessages: MessageCatalog = {};
