/** Turns a finding's code and params into the message and fix people read. */
import type { Finding } from '../model/finding.js';
import { MESSAGES } from './catalog.js';

export function renderFinding(finding: Omit<Finding, 'message' | 'fix'>): Finding {
  const template = MESSAGES[finding.code];
  if (!template) return { ...finding, message: finding.code, fix: '' };
  return {
    ...finding,
    message: template.message(finding.params),
    fix: template.fix(finding.params),
  };
}
