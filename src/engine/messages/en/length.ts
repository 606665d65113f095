import type { MessageCatalog } from '../types.js';

export const lengthMessages: MessageCatalog = {};
