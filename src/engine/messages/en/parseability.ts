import type { MessageCatalog } from '../types.js';

export const parseabilityMessages: MessageCatalog = {};
