import { describe, expect, it } from 'vitest';
import {
  findEducation,
  findSeniority,
  findWorkplace,
  findYearsRequired,
} from '../../../src/engine/match/jd-facts.js';
import { splitJobDescription } from '../../../src/engine/match/jd-sections.js';

describe('job description facts', () => {
  it.each([
    ['5+ years of experience with Python', 5],
    ['at least 3 years of professional experience', 3],
    ['3-5 years of experience in backend development', 3],
    ["Five years' experience in retail", 5],
    ['Experience: minimum 4 years', 4],
    ['Mindestens 3 Jahre Berufserfahrung', 3],
    ['Berufserfahrung von mindestens 2 Jahren', 2],
    ["5 ans d'expérience minimum", 5],
    ['3 años de experiencia en ventas', 3],
    ['2 anos de experiência', 2],
    ['3年以上工作经验', 3],
    ['We were founded 20 years ago', null],
    ['Python, SQL', null],
  ])('years in %j → %s', (text, years) => {
    expect(findYearsRequired(text)).toBe(years);
  });

  it.each([
    [
      "Requirements\n- Bachelor's degree in Computer Science or related field",
      { level: 'bachelor', field: 'Computer Science', required: true },
    ],
    [
      'Requirements\n- 5 years in sales\n- MBA preferred',
      { level: 'master', field: null, required: false },
    ],
    [
      "Requirements\n- Bachelor's or Master's in Statistics",
      { level: 'bachelor', field: 'Statistics', required: true },
    ],
    ['Requirements\n- PhD in Physics', { level: 'doctorate', field: 'Physics', required: true }],
    [
      'Anforderungen\n- Abgeschlossenes Studium der Informatik',
      { level: 'bachelor', field: null, required: true },
    ],
    ['Requirements\n- Based in Boston, MA', null],
  ])('education in %j', (text, expected) => {
    expect(findEducation(splitJobDescription(`Title\n${text}`).parts)).toEqual(expected);
  });

  it.each([
    ['Software Engineering Intern', 'intern'],
    ['Junior Data Analyst', 'junior'],
    ['Senior Product Designer', 'senior'],
    ['Staff Engineer', 'lead'],
    ['Principal Architect', 'lead'],
    ['Head of Marketing', 'executive'],
    ['VP Engineering', 'executive'],
    ['Registered Nurse', null],
  ])('seniority of %j is %s', (title, level) => {
    expect(findSeniority(title)).toBe(level);
  });

  it('finds remote terms and a labelled location', () => {
    expect(findWorkplace('Location: Berlin, Germany\nHybrid, 2 days in office')).toEqual({
      location: 'Berlin, Germany',
      remote: 'hybrid',
    });
    expect(findWorkplace('This role is fully remote.').remote).toBe('remote');
    expect(findWorkplace('On-site in Lyon').remote).toBe('onsite');
    expect(findWorkplace('Great team').remote).toBeNull();
  });
});
