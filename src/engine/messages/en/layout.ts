import type { MessageCatalog } from '../types.js';

export const layoutMessages: MessageCatalog = {};
