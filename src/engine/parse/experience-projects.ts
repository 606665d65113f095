/**
 * Projects listed inside an Experience section are not positions. Two forms are common: a
 * sub-heading ("Projects", "Selected projects", "Projets personnels") after which every entry
 * is a project, and an entry whose header names itself a project ("Individual Projects",
 * "Open-source project") with no job title in it. "Project Manager, Acme" stays a position.
 */
import { titleScore } from './entry-fields.js';
import type { EntryGroup } from './entry-groups.js';
import { matchHeading } from './heading-match.js';

const PROJECT_RE =
  /(?<!\p{L})(?:projects?|projekte?|projets?|proyectos?|projetos?|progett[oi]|проекты?|проектов)(?!\p{L})|项目|プロジェクト/iu;

export interface ExperienceSplit {
  positions: EntryGroup[];
  projects: EntryGroup[];
}

export function splitProjectGroups(groups: readonly EntryGroup[]): ExperienceSplit {
  const positions: EntryGroup[] = [];
  const projects: EntryGroup[] = [];
  let inProjects = false;
  for (const group of groups) {
    inProjects ||= startsProjectsPart(group);
    if (inProjects || isProjectEntry(group)) projects.push(group);
    else positions.push(group);
  }
  return { positions, projects };
}

/** A header line that is itself a projects heading opens the section's projects part. */
function startsProjectsPart(group: EntryGroup): boolean {
  const first = group.header[0];
  if (!first || first.date) return false;
  const match = matchHeading(first.rest);
  return match?.kind === 'projects';
}

/** "Chef de projet", "Head of Projects", "Jefe de proyecto", "Project Manager": roles, not projects. */
const PROJECT_ROLE_RE =
  /(?<!\p{L})(?:de|of|del|do|da|di|des)\s+(?:projects?|projets?|proyectos?|projetos?|progett[oi])|(?:projects?|projekt)\s*(?:manager|lead|leader|leiter|engineer|coordinator|director|officer|assistant|analyst|owner)|руководитель проект|项目经理|项目负责人/iu;

function isProjectEntry(group: EntryGroup): boolean {
  const text = group.header.map((l) => l.rest).join(' | ');
  return PROJECT_RE.test(text) && !PROJECT_ROLE_RE.test(text) && titleScore(text) <= 0;
}
