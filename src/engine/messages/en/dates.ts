import type { MessageCatalog } from '../types.js';

export const datesMessages: MessageCatalog = {};
