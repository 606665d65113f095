import type { MessageCatalog } from '../types.js';

export const privacyMessages: MessageCatalog = {};
