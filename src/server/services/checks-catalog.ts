/** GET /checks: the registry as data, with the English title and rationale of every code. */
import { CHECKS } from '../../engine/checks/index.js';
import { MESSAGES } from '../../engine/messages/catalog.js';

export interface CheckEntry {
  id: string;
  category: string;
  severity: string;
  weight?: number;
  cap?: number;
  appliesTo: Record<string, unknown>;
  codes: Array<{ code: string; title: string; why: string }>;
}

let catalog: CheckEntry[] | undefined;

/** Built once: the registry is static for the life of the process. */
export function listChecks(): CheckEntry[] {
  catalog ??= CHECKS.map((check) => ({
    id: check.id,
    category: check.category,
    severity: check.severity,
    ...(check.severity === 'warning' ? { weight: check.weight } : {}),
    ...(check.severity === 'blocker' ? { cap: check.cap } : {}),
    appliesTo: { ...check.appliesTo },
    codes: check.codes.map((code) => ({
      code,
      title: MESSAGES[code]?.title ?? code,
      why: MESSAGES[code]?.why ?? '',
    })),
  }));
  return catalog;
}
