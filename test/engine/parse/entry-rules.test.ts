import { describe, expect, it } from 'vitest';
import type { Line } from '../../../src/engine/model/layout.js';
import { parseEducation } from '../../../src/engine/parse/education.js';
import { parseExperience, parseExperienceSection } from '../../../src/engine/parse/experience.js';
import { layoutFromText } from '../../helpers/layout-from-text.js';

const linesOf = (markup: string) => layoutFromText(markup).lines;
const titles = (markup: string) => parseExperience(linesOf(markup)).map((e) => e.title);

/** Gives each line a box whose right edge is `right` (a full line) or shorter. */
function withBoxes(lines: Line[], rights: number[]): Line[] {
  return lines.map((line, i) => ({
    ...line,
    box: { x: 50, y: 700 - i * 12, width: (rights[i] ?? 300) - 50, height: 10 },
  }));
}

describe('entry segmentation rules', () => {
  it.each([
    [
      'a wrapped bullet ending in a year',
      '**Engineer, Acme**   2012 – 2015\n• Grew revenue from nothing in 2011\nto $1.6 billion in 2015\n**Analyst, Initech**   2010 – 2012',
    ],
    [
      'a wrapped bullet starting with a parenthesis',
      '**Engineer, Acme**   2012 – 2015\n• Tested every detail\n(incl. spacing, colour) in 2014\n**Analyst, Initech**   2010 – 2012',
    ],
  ])('does not start an entry at %s', (_, markup) => {
    expect(titles(markup)).toEqual(['Engineer', 'Analyst']);
  });

  it('keeps a full-width wrapped bullet line out of the next header (PDF geometry)', () => {
    const lines = withBoxes(
      linesOf(
        '**Vice President**\n**Google**   2010 – 2012\n• Oversaw 1000+ engineers working on Google\nMaps, Places and Earth\n**Product Manager**\n**Google**   2005 – 2010',
      ),
      [200, 540, 550, 250, 200, 540],
    );
    const entries = parseExperience(lines);
    expect(entries).toHaveLength(2);
    expect(entries[0]?.bullets).toEqual([
      'Oversaw 1000+ engineers working on Google Maps, Places and Earth',
    ]);
    expect(entries[1]?.title).toBe('Product Manager');
  });

  it.each([
    [
      'larger',
      '{size=11} • Google   Mountain View, CA',
      '{size=11} • Coursera   Mountain View, CA',
    ],
    ['bold', '{b} • Google   Mountain View, CA', '{b} • Coursera   Mountain View, CA'],
  ])('reads %s bullet lines among plain bullets as employer headers', (_, first, second) => {
    const entries = parseExperience(
      linesOf(
        `${first}\nSoftware Engineer   Oct 2016 – Present\n◦ Worked on TensorFlow\n${second}\nData Scientist   Summer 2012 and 2013\n◦ Built models`,
      ),
    );
    expect(entries.map((e) => [e.title, e.organization])).toEqual([
      ['Software Engineer', 'Google'],
      ['Data Scientist', 'Coursera'],
    ]);
  });

  it.each([
    ['placeholder dates', 'year–year Job title, Employer, City.'],
    ['no dates', 'Job title, Employer, City.'],
  ])('starts entries at lines set above body size when there are %s', (_, head) => {
    const entries = parseExperience(
      linesOf(`{size=12} Vocational
{size=11} ${head}
General description no longer than two lines.
Detailed achievements:
{ Achievement 1;
{size=11} ${head}
Description line 1
Description line 2
{size=12} Miscellaneous
{size=11} ${head}
Description`),
    );
    expect(entries).toHaveLength(3);
  });

  it.each([
    ['a "Projects" sub-heading', '**Projects**\n**Resume template**   2015 – Present'],
    ['a project-named entry', '**Individual Projects**   2015 – Present'],
    ['a German project entry', '**Private Projekte: Webshop**   2015 – 2016'],
  ])('does not count %s inside Experience as a position', (_, project) => {
    const { experience, projectLines } = parseExperienceSection(
      linesOf(
        `**FLAG Inc.**   2012 – Present\nSummer Intern\n• Implemented a feature\n${project}\n• Built it`,
      ),
    );
    expect(experience.map((e) => e.organization ?? e.title)).toEqual(['FLAG Inc.']);
    expect(projectLines.length).toBeGreaterThan(0);
  });

  it.each([
    ['Senior Project Manager, Acme Corp   2018 – 2021'],
    ['Cheffe de projet digital — Maison Lumière   2021 – 2023'],
    ['Jefe de proyecto, Indra   2017 – 2019'],
  ])('keeps a project role as a position: %s', (header) => {
    expect(parseExperience(linesOf(`${header}\n• Led delivery`))).toHaveLength(1);
  });
});

describe('education entry rules', () => {
  it.each([
    ['University of Texas at Austin – B.S. in Computer Science, GPA 3.7/4.0   2012 – 2016', 1],
    ['MBA em Finanças – Fundação Getulio Vargas (FGV), 2019 – 2020', 1],
    [
      'Shanghai Jiao Tong University, Shanghai   2013 – Present\nMaster student in EE, expected March 2016',
      1,
    ],
    [
      '**CORNELL UNIVERSITY**\nBS IN COMPUTER SCIENCE\nMay 2014 | Ithaca, NY\n**LA MARTINIERE FOR BOYS**\nGrad. May 2011 | Kolkata, India',
      2,
    ],
    ['B.Sc. Physics, ETH Zürich, 2015\nM.Sc. Physics, ETH Zürich, 2017', 2],
  ])('counts entries in %s', (markup, count) => {
    expect(parseEducation(linesOf(markup))).toHaveLength(count);
  });
});
