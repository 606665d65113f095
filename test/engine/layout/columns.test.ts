/**
 * Column detection on Word-style two-column resumes and on single-column look-alikes. The fixtures
 * in test/fixtures/layout are generated from their HTML sources by scripts/make-layout-fixtures.ts.
 */
import { describe, expect, it } from 'vitest';
import type { LayoutDocument } from '../../../src/engine/model/layout.js';
import { layoutFixture } from '../../helpers/layout-fixture.js';

const sidebarText = ['Contact', 'Python', 'TypeScript', 'Korean (Fluent)', 'Certifications'];
const flowOf = (doc: LayoutDocument, text: string) => doc.lines.find((l) => l.text === text)?.flow;
const texts = (doc: LayoutDocument) => doc.lines.map((l) => l.text);

describe('two-column layouts', () => {
  it.each([
    'two-col-left-sidebar.pdf',
    'two-col-right-sidebar.pdf',
    'two-col-narrow-gutter.pdf',
    'two-col-below-header.pdf',
  ])('%s: reads the main column whole, then the sidebar as its own flow', async (name) => {
    const doc = await layoutFixture('layout', name);
    expect(doc.columns).toBe(2);
    expect(doc.repairs[0]).toMatchObject({ page: 1, kind: 'sidebar' });
    for (const text of sidebarText) expect(flowOf(doc, text), text).toBe('sidebar');
    expect(flowOf(doc, 'Experience')).toBe('main');
    // Sidebar items stand alone: none is glued to main-column text across the gutter.
    for (const text of ['Python', 'PostgreSQL', 'English (Native)', '+1 206 555 0188'])
      expect(texts(doc), text).toContain(text);
    const main = doc.lines.filter((l) => l.flow === 'main').map((l) => l.text);
    const experience = main.indexOf('Experience');
    expect(main.slice(experience + 1, experience + 3)).toEqual([
      'Staff Platform Engineer – Northwind Cloud',
      'March 2021 – Present',
    ]);
  });

  it('keeps a full-width header above the columns in place', async () => {
    const doc = await layoutFixture('layout', 'two-col-below-header.pdf');
    expect(doc.lines.slice(0, 3).map((l) => l.text)).toEqual([
      'Nora Kim',
      'Staff Platform Engineer · nora.kim@example.com · +1 206 555 0188 · Seattle, WA ·',
      'linkedin.com/in/norakim · github.com/norakim',
    ]);
    expect(doc.lines[0]!.flow).toBe('main');
  });

  it('reads two equal columns left then right, both as main text', async () => {
    const doc = await layoutFixture('layout', 'two-col-equal.pdf');
    expect(doc.columns).toBe(2);
    expect(doc.lines.every((l) => l.flow === 'main')).toBe(true);
    const all = texts(doc);
    expect(all.indexOf('Education')).toBeGreaterThan(
      all.indexOf('events per day for analytics customers.'),
    );
    expect(all).toContain('Led the migration of 140 services to Kubernetes and cut');
  });

  it('splits a LinkedIn-style sidebar whose lines share baselines with the main column', async () => {
    const doc = await layoutFixture('resumes', 'en-linkedin-export.pdf');
    expect(doc.columns).toBe(2);
    const all = texts(doc);
    expect(all).toContain('priya.raman@example.com');
    expect(all).toContain('January 2023 - Present (2 years 11 months)');
    expect(all).toContain('Hindi (Professional Working)');
    expect(flowOf(doc, 'Top Skills')).toBe('sidebar');
    expect(flowOf(doc, 'Associate Product Manager')).toBe('main');
  });
});

describe('single-column look-alikes', () => {
  it('keeps right-aligned dates on the title line', async () => {
    const doc = await layoutFixture('layout', 'single-right-dates.pdf');
    expect(doc.columns).toBe(1);
    expect(texts(doc)).toContain(
      'Senior Software Engineer – Bluefin Analytics Jun 2017 – Feb 2021',
    );
  });

  it.each(['single-german-labels.pdf', 'single-skill-grid.pdf'])(
    '%s: label columns and skill grids stay one column',
    async (name) => {
      const doc = await layoutFixture('layout', name);
      expect(doc.columns).toBe(1);
      expect(doc.repairs).toEqual([]);
    },
  );

  it.each(['de-lebenslauf.pdf', 'en-word-classic.pdf', 'pt-curriculo.pdf'])(
    'resumes/%s stays one column',
    async (name) => {
      expect((await layoutFixture('resumes', name)).columns).toBe(1);
    },
  );

  it('reads the Chinese moderncv (left date labels) as one column', async () => {
    const doc = await layoutFixture('corpus', 'moderncv-zh.pdf');
    expect(doc.columnsByPage[0]!.count).toBe(1);
  });
});
