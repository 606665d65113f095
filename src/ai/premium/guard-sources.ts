/**
 * The fact sources each kind of model text is checked against. Numbers in a rewrite must come
 * from its own bullet or role (moving "30%" from one achievement to another is fabrication too);
 * names may come from the whole resume; a letter may also name the employer and title of the job.
 */
import { buildFactSource, type FactSource } from '../guards/fact-source.js';
import type { FabricationSources } from '../guards/fabrication.js';
import type { PremiumInput } from '../ports.js';
import type { WeakBullet } from './weak-bullets.js';

export interface GuardSources {
  resume: FactSource;
  forBullet(bullet: WeakBullet): FabricationSources;
  forSummary: FabricationSources;
  forLetter(jobDescription: string): FabricationSources;
}

export function buildGuardSources(input: PremiumInput, visibleResume: string): GuardSources {
  const { report, match } = input;
  const resume = buildFactSource([visibleResume, ...report.skills]);
  // The engine computed the years; a summary saying "8+ years" is backed by that, not invented.
  const years = match && match.resumeYears >= 1 ? `${Math.floor(match.resumeYears)} years` : null;
  const withYears = buildFactSource([visibleResume, years]);
  return {
    resume,
    forBullet(bullet) {
      const entry = report.experience[bullet.entryIndex];
      const role = buildFactSource([bullet.text, entry?.title, entry?.start, entry?.end]);
      return { names: resume, numbers: role };
    },
    forSummary: { names: resume, numbers: withYears },
    forLetter(jobDescription) {
      return {
        names: buildFactSource([visibleResume, jobDescription]),
        numbers: withYears,
        skills: resume,
      };
    },
  };
}
