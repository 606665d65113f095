import { describe, expect, it } from 'vitest';
import { parseEducation } from '../../../src/engine/parse/education.js';
import { layoutFromText } from '../../helpers/layout-from-text.js';

const parse = (markup: string) => parseEducation(layoutFromText(markup).lines);

describe('parseEducation', () => {
  it('reads institution, degree, field, dates and GPA', () => {
    const [entry] = parse(`
**Stanford University**   Stanford, CA
M.S. in Computer Science   Sep 2014 – Jun 2016
GPA: 3.9/4.0`);
    expect(entry).toMatchObject({
      institution: 'Stanford University',
      degree: 'M.S.',
      field: 'Computer Science',
      start: '2014-09',
      end: '2016-06',
      grade: 'GPA: 3.9/4.0',
      location: 'Stanford, CA',
    });
  });

  it('treats a lone date as the graduation date', () => {
    const [entry] = parse('B.Sc. Informatik, Technische Universität München   2019');
    expect(entry).toMatchObject({
      institution: 'Technische Universität München',
      start: null,
      end: '2019',
    });
  });

  it('splits an undated section at institution lines', () => {
    const entries = parse(
      'Massachusetts Institute of Technology\nBachelor of Science\nHarvard University\nMBA',
    );
    expect(entries.map((e) => [e.institution, e.degree])).toEqual([
      ['Massachusetts Institute of Technology', 'Bachelor of Science'],
      ['Harvard University', 'MBA'],
    ]);
  });

  it('counts one entry per degree in French, Spanish, Chinese and Russian', () => {
    expect(
      parse(
        'Master Informatique – Université Paris-Saclay   2016 – 2018\nLicence – Université de Lyon   2013 – 2016',
      ),
    ).toHaveLength(2);
    expect(parse('Licenciatura en Economía, Universidad de Chile   2010 – 2015')[0]?.field).toBe(
      'Economía',
    );
    expect(
      parse('2012.09 - 2016.06   北京大学   计算机科学 学士\n2016.09 - 2019.06   清华大学   硕士'),
    ).toHaveLength(2);
    expect(parse('МГУ им. Ломоносова, магистр   2008 – 2013')[0]?.degree).toBe('магистр');
  });
});
