/**
 * The heading every ATS recognises for each section kind, per resume language: what we suggest
 * in place of a creative or misspelled one. English is the fallback.
 */
import type { SectionKind } from '../../model/resume.js';

type Suggested = Exclude<SectionKind, 'other'>;

const STANDARD: Record<string, Partial<Record<Suggested, string>>> = {
  en: {
    summary: 'Summary',
    experience: 'Experience',
    education: 'Education',
    skills: 'Skills',
    projects: 'Projects',
    certifications: 'Certifications',
    publications: 'Publications',
    awards: 'Awards',
    languages: 'Languages',
    volunteering: 'Volunteer Experience',
  },
  de: {
    summary: 'Profil',
    experience: 'Berufserfahrung',
    education: 'Ausbildung',
    skills: 'Kenntnisse',
    projects: 'Projekte',
    certifications: 'Zertifikate',
    languages: 'Sprachen',
  },
  fr: {
    summary: 'Profil',
    experience: 'Expérience professionnelle',
    education: 'Formation',
    skills: 'Compétences',
    projects: 'Projets',
    languages: 'Langues',
  },
  es: {
    summary: 'Perfil profesional',
    experience: 'Experiencia laboral',
    education: 'Educación',
    skills: 'Habilidades',
    projects: 'Proyectos',
    languages: 'Idiomas',
  },
  pt: {
    summary: 'Resumo',
    experience: 'Experiência profissional',
    education: 'Formação acadêmica',
    skills: 'Competências',
    projects: 'Projetos',
    languages: 'Idiomas',
  },
  ru: {
    summary: 'О себе',
    experience: 'Опыт работы',
    education: 'Образование',
    skills: 'Навыки',
    projects: 'Проекты',
    languages: 'Языки',
  },
  ja: { summary: '職務要約', experience: '職務経歴', education: '学歴', skills: 'スキル' },
  zh: { summary: '个人简介', experience: '工作经历', education: '教育背景', skills: '专业技能' },
};

export function standardHeading(kind: Suggested, language: string): string {
  return STANDARD[language]?.[kind] ?? STANDARD.en?.[kind] ?? kind;
}
