/**
 * Builds src/engine/match/data/taxonomy-data.ts from the curated aliases and the public ESCO and
 * O*NET files: `npx tsx scripts/build-taxonomy.ts [DATA_DIR]` (default ../shared/data). The
 * output is deterministic, so rebuilding without source changes leaves git clean.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CURATED_TERMS } from '../src/engine/match/data/aliases.js';
import { readEscoOccupations, readEscoSkills } from './taxonomy/esco.js';
import { mergeEntries } from './taxonomy/merge.js';
import { readOnetOccupations, readOnetTechnology } from './taxonomy/onet.js';
import type { SourceEntry } from './taxonomy/source-entry.js';
import { renderModule } from './taxonomy/write.js';

const OUTPUT = 'src/engine/match/data/taxonomy-data.ts';
const PROVENANCE =
  'Sources: hand-curated aliases; O*NET Technology Skills and Occupation Data (CC BY 4.0); ESCO v1.1.1 skills and occupations (European Commission).';

function curatedEntries(): SourceEntry[] {
  return CURATED_TERMS.map((curated) => ({
    kind: curated.kind,
    labels: [curated.term, ...curated.aliases],
    ambiguous: [...(curated.ambiguous ?? [])],
    cues: [...(curated.cues ?? [])],
    isHot: false,
    isCaseEnough: curated.isCaseEnough ?? false,
    isCurated: true,
  }));
}

async function main(): Promise<void> {
  const dataDir = path.resolve(process.argv[2] ?? '../shared/data');
  const read = (file: string): Promise<string> => readFile(path.join(dataDir, file), 'utf8');
  const skills = readEscoSkills({
    skills: await read('esco/skills_en.csv'),
    transversal: await read('esco/transversalSkillsCollection_en.csv'),
    digital: await read('esco/digitalSkillsCollection_en.csv'),
    languages: await read('esco/languageSkillsCollection_en.csv'),
  });
  const kindOrder = ['tool', 'language', 'soft', 'hard'];
  skills.sort((a, b) => kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind));
  const sources = [
    ...curatedEntries(),
    ...readOnetTechnology(await read('onet/technology-skills.txt')),
    ...skills,
    ...readEscoOccupations(await read('esco/occupations_en.csv')),
    ...readOnetOccupations(await read('onet/occupation-data.txt')),
  ];
  for (const entry of sources) {
    for (const label of [...entry.labels, ...entry.ambiguous]) {
      if (/[|\t\n]/.test(label)) throw new Error(`Label cannot be serialised: ${label}`);
    }
  }
  const merged = mergeEntries(sources);
  const module = renderModule(merged, PROVENANCE);
  await writeFile(OUTPUT, module);
  const counts = new Map<string, number>();
  for (const entry of merged) counts.set(entry.kind, (counts.get(entry.kind) ?? 0) + 1);
  console.log(
    `${OUTPUT}: ${merged.length} entries, ${module.length} bytes`,
    Object.fromEntries(counts),
  );
}

await main();
