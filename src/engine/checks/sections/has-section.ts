import type { Resume, SectionKind } from '../../model/resume.js';

/** A section of this kind, or content of it the parser found elsewhere (a sidebar list). */
export function hasSection(resume: Resume, kind: 'experience' | 'education' | 'skills'): boolean {
  const content: Record<typeof kind, unknown[]> = {
    experience: resume.experience,
    education: resume.education,
    skills: resume.skills,
  };
  return resume.sections.some((s) => s.kind === (kind as SectionKind)) || content[kind].length > 0;
}
