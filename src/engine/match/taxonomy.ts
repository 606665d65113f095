/**
 * The skills and occupations taxonomy, parsed once from the generated data module into hashed
 * lookups: one map from folded keys, one from stemmed keys (multi-word non-tool phrases only, so
 * "sparked" never reaches Spark), and the set of key prefixes so a scan stops as soon as no key
 * can continue. Parsing takes tens of milliseconds and happens on first use.
 */
import type { TermKind } from '../model/match.js';
import { TAXONOMY_DATA } from './data/taxonomy-data.js';
import { keysOf, type LabelKeys } from './keys.js';
import { stemFolded } from './stem.js';

export interface TaxonomyEntry {
  /** Canonical name. */
  term: string;
  kind: TermKind;
  /** O*NET marks it a Hot Technology or In Demand. */
  isHot: boolean;
  /** Its ambiguous forms count on exact case alone (see CuratedTerm.isCaseEnough). */
  isCaseEnough: boolean;
  /** Folded words that confirm an ambiguous form when printed next to it. */
  cues: ReadonlySet<string>;
}

export interface KeyTarget {
  entry: number;
  /** For an ambiguous key, the exact printed forms that may count; null when any case counts. */
  forms: readonly string[] | null;
}

export interface Taxonomy {
  entries: readonly TaxonomyEntry[];
  exact: ReadonlyMap<string, KeyTarget>;
  stemmed: ReadonlyMap<string, KeyTarget>;
  /** Every key and every token-prefix of a key, folded and stemmed alike. */
  prefixes: ReadonlySet<string>;
  maxTokens: number;
}

const KIND_CODES: Record<string, TermKind> = {
  h: 'hard',
  s: 'soft',
  t: 'tool',
  j: 'title',
  c: 'certification',
  l: 'language',
};

function addPrefixes(prefixes: Set<string>, key: string): void {
  for (let at = key.indexOf(' '); at !== -1; at = key.indexOf(' ', at + 1)) {
    prefixes.add(key.slice(0, at));
  }
  prefixes.add(key);
}

/** Keys of an alias the build stored already folded (tokens joined by one space). */
function keysOfFolded(fold: string): LabelKeys {
  const tokens = fold.split(' ');
  return { fold, stem: tokens.map(stemFolded).join(' '), tokens: tokens.length };
}

/**
 * Parses the generated line format: "kind+flags \t canonical|folded alias key|… \t ambiguous
 * forms|… \t cue words".
 */
export function parseTaxonomy(data: string): Taxonomy {
  const entries: TaxonomyEntry[] = [];
  const exact = new Map<string, KeyTarget>();
  const stemmed = new Map<string, KeyTarget>();
  const prefixes = new Set<string>();
  let maxTokens = 1;
  const add = (keys: LabelKeys, entry: number, forms: string[] | null, kind: TermKind): void => {
    if (keys.tokens === 0) return;
    maxTokens = Math.max(maxTokens, keys.tokens);
    const known = exact.get(keys.fold);
    if (known === undefined) {
      exact.set(keys.fold, { entry, forms });
      addPrefixes(prefixes, keys.fold);
    } else if (forms !== null && known.entry === entry && known.forms !== null) {
      exact.set(keys.fold, { entry, forms: [...known.forms, ...forms] });
    }
    if (keys.tokens > 1 && kind !== 'tool' && keys.stem !== keys.fold && !stemmed.has(keys.stem)) {
      stemmed.set(keys.stem, { entry, forms: null });
      addPrefixes(prefixes, keys.stem);
    }
  };
  for (const line of data.split('\n')) {
    const [head = '', labels = '', ambiguous = '', cues = ''] = line.split('\t');
    const kind = KIND_CODES[head[0] ?? ''];
    if (kind === undefined) continue;
    const index = entries.length;
    const names = labels.split('|');
    entries.push({
      term: names[0] ?? '',
      kind,
      isHot: head.includes('*'),
      isCaseEnough: head.includes('='),
      cues: new Set(cues ? cues.split(' ').map((cue) => keysOf(cue).fold) : []),
    });
    for (const form of ambiguous ? ambiguous.split('|') : []) {
      add(keysOf(form), index, [form], kind);
    }
    names.forEach((name, i) => {
      if (name) add(i === 0 ? keysOf(name) : keysOfFolded(name), index, null, kind);
    });
  }
  return { entries, exact, stemmed, prefixes, maxTokens };
}

let cached: Taxonomy | null = null;

/** The shipped taxonomy, parsed on first use. */
export function getTaxonomy(): Taxonomy {
  cached ??= parseTaxonomy(TAXONOMY_DATA);
  return cached;
}

/** Canonical entry for a free-standing name ("k8s" → Kubernetes), ignoring ambiguity guards. */
export function lookupTerm(name: string): TaxonomyEntry | undefined {
  const taxonomy = getTaxonomy();
  const keys = keysOf(name);
  const target = taxonomy.exact.get(keys.fold) ?? taxonomy.stemmed.get(keys.stem);
  return target === undefined ? undefined : taxonomy.entries[target.entry];
}
