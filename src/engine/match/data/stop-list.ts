/**
 * Words and phrases that carry no skill on their own. The taxonomy build drops any label equal to
 * one of these (ESCO and O*NET contain "work", "management", "English" as a skill, "Project"
 * after its vendor...), and the matcher exports them so phrase weighting can give them nothing.
 */
export const STOP_TERMS: ReadonlySet<string> = new Set(
  `ability abilities access action activity administration advantage agent analysis application
  area assistant background base basic benefit best business candidate care career change client
  code company computer content control coordination culture customer data day
  degree delivery design development direction duty education effective engineering environment
  equipment excellent experience expert field focus function goal good great group growth guide
  head help high host impact industry information innovation insight job knowledge lead leading
  learning level life management manager market material member method mission model monitoring
  need network office operation opportunity order organization organisation paper people
  performance person plan planning player position practice process product production
  professional program programme project quality record reporting requirement research resource
  responsibility result review role safety sale school science security service skill software
  solution staff standard strategy strong student support system team technical technique
  technology test testing time tool training travel understanding use user value vision work
  worker writing year`
    .split(/\s+/)
    .filter(Boolean),
);

/** True when a folded, single-space-joined key carries no skill on its own. */
export function isStopTerm(key: string): boolean {
  return STOP_TERMS.has(key);
}
