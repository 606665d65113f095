import type { MessageCatalog } from '../types.js';

export const contentMessages: MessageCatalog = {};
