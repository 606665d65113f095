/**
 * Strong resume action verbs in their base form, written for this project from common
 * career-guide advice (verbs that name what the person did and invite a result). Inflected forms
 * ("led", "manages", "building") are reduced to these by `verbBase`.
 */
export const ACTION_VERBS: ReadonlySet<string> = new Set(
  `accelerate accomplish achieve acquire adapt add address administer advance advise advocate
  align allocate analyze anticipate apply appraise approve architect arrange assemble assess
  attain audit author automate balance benchmark boost brand broker budget build calculate
  campaign capture catalog centralize champion chair change chart clarify classify close coach
  code collaborate collect combine command commission communicate compile complete compose
  compute conceive conceptualize conduct configure consolidate construct consult contract control
  convert convince coordinate correct counsel craft create cultivate curate customize cut debug
  decrease deepen define delegate deliver demonstrate deploy design detect determine develop
  devise diagnose digitize direct discover dispatch document double draft drive earn edit educate
  effect eliminate enable encourage engage engineer enhance enlarge ensure establish estimate
  evaluate examine exceed execute expand expedite experiment explore extend extract facilitate
  field file finalize fix forecast forge form formalize formulate found foster frame fund gain
  gather generate govern grow guide halve harden head hire host identify illustrate implement
  improve increase influence inform initiate innovate inspect inspire install institute instruct
  integrate interpret interview introduce invent investigate launch lead lecture leverage license
  lift lower maintain manage map market master maximize measure mediate mentor merge migrate
  minimize mobilize model moderate modernize monitor motivate navigate negotiate normalize
  observe obtain onboard open operate optimize orchestrate organize originate outperform oversee
  own partner perform persuade pilot pioneer plan prepare present preserve prevent prioritize
  process procure produce program project promote propose prototype prove provide publish
  purchase qualify quantify raise rank rebuild recommend reconcile record recover recruit
  redesign reduce refactor refine reform regulate rehabilitate reinforce release remodel render
  renegotiate reorganize repair replace report represent research reshape resolve restore
  restructure retain revamp review revise revitalize rewrite run save scale schedule screen
  scope secure select sell serve settle shape ship showcase simplify slash solve source spark
  spearhead specify speed sponsor stabilize standardize steer stimulate strategize streamline
  strengthen structure study succeed supervise supply support survey sustain synthesize
  systematize tailor target teach test track train transform translate triage triple troubleshoot
  tutor uncover unify update upgrade validate verify visualize win write`.split(/\s+/),
);

/** Irregular past forms of verbs resumes start bullets with, mapped to the base form. */
export const IRREGULAR_PAST: ReadonlyMap<string, string> = new Map([
  ['built', 'build'],
  ['led', 'lead'],
  ['ran', 'run'],
  ['won', 'win'],
  ['wrote', 'write'],
  ['drove', 'drive'],
  ['grew', 'grow'],
  ['taught', 'teach'],
  ['sold', 'sell'],
  ['made', 'make'],
  ['began', 'begin'],
  ['brought', 'bring'],
  ['bought', 'buy'],
  ['chose', 'choose'],
  ['drew', 'draw'],
  ['found', 'find'],
  ['gave', 'give'],
  ['held', 'hold'],
  ['kept', 'keep'],
  ['oversaw', 'oversee'],
  ['rebuilt', 'rebuild'],
  ['rewrote', 'rewrite'],
  ['spoke', 'speak'],
  ['spent', 'spend'],
  ['took', 'take'],
  ['thought', 'think'],
  ['undertook', 'undertake'],
  ['understood', 'understand'],
  ['did', 'do'],
  ['saw', 'see'],
  ['sent', 'send'],
  ['met', 'meet'],
  ['overcame', 'overcome'],
  ['forecasted', 'forecast'],
]);

/** Forms that read as both present and past ("cut", "set"): tense cannot be told from them. */
export const SAME_IN_PAST: ReadonlySet<string> = new Set([
  'cut',
  'set',
  'put',
  'read',
  'forecast',
  'broadcast',
  'spread',
  'shut',
  'split',
  'upset',
  'quit',
  'cast',
  'hit',
  'let',
  'bid',
]);
