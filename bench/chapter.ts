/**
 * Every chapter played by the scripted bots over seeds and difficulties:
 * the map-knowing survivor's and the screen-only bot's finish rate, time and grabs, and
 * how often the straight-run bot is caught.
 *   npm run bench:chapter            (10 seeds)
 *   npm run bench:chapter -- 20      (20 seeds)
 *   npm run bench:chapter -- 10 --chapter rooftop --difficulty normal --allies
 *     (one chapter, one difficulty; --allies plays it in a run where every classmate is alive
 *     and with the group, so the chapter's worldOptions(run) brings whoever it would bring;
 *     --no-straight skips the straight-run bot)
 *   npm run bench:chapter -- 10 cafeteria   (one chapter, by id alone)
 *   npm run bench:chapter -- 10 cafeteria   (one chapter, by id)
 * The screen bot plays one life, and again with up to SCREEN_RETRIES retries from the last
 * checkpoint as the game offers them (only where the one life was lost: until the first
 * loss both runs are the same), and one life with a person's 0.2 s reaction time. Sim time, not wall-clock: deterministic for the seeds.
 */
import { playChapter, type ChapterRun } from '../src/bots/chapterRun';
import { CHAPTERS } from '../src/chapters/registry';
import { TICK_RATE, type Difficulty } from '../src/sim/tuning';
import { loadMapFile } from './maps';
import { newRunState, type RunState } from '../src/campaign/runState';
import { CAST_NAMES } from '../src/campaign/cast';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const seeds = Number(args.find((a, i) => /^\d+$/.test(a) && (i === 0 || !args[i - 1]!.startsWith('--'))) ?? 10);
/** One chapter: `--chapter rooftop`, or its id on its own (`-- 10 cafeteria`). */
const onlyChapter = option('--chapter') ?? args.find((a, i) => /^[a-z]+$/.test(a) && (i === 0 || !args[i - 1]!.startsWith('--')));
const onlyDifficulty = option('--difficulty') as Difficulty | undefined;
const difficulties: Difficulty[] = onlyDifficulty ? [onlyDifficulty] : ['story', 'normal', 'nightmare'];
const straight = !args.includes('--no-straight');
/** --allies: every classmate alive and with the group (the chapter decides who comes). */
const run: RunState | undefined = args.includes('--allies')
  ? { ...newRunState(), cast: Object.fromEntries(Object.keys(CAST_NAMES).map((id) => [id, { alive: true, withGroup: true, bitten: false }])) }
  : undefined;
const SCREEN_RETRIES = 3;
/** A person's reaction time (ticks): the screen bot again, its keys landing 0.2 s after what it saw. */
const REACTION_TICKS = 12;

const secs = (r: ChapterRun): string => (r.ticks / TICK_RATE).toFixed(1).padStart(6);
const median = (xs: number[]): string => {
  if (!xs.length) return '-';
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!.toFixed(1);
};

/** Items handed in to the chapter's objectives when the run ended (chapter 2: the snacks on the stairs). */
const brought = new WeakMap<ChapterRun, number>();
const tracked = (run: (onTick: (intent: unknown, w: { objectives: { delivered: Uint8Array } }) => void) => ChapterRun): ChapterRun => {
  let n = 0;
  const r = run((_i, w) => {
    n = 0;
    for (const d of w.objectives.delivered) n += d;
  });
  brought.set(r, n);
  return r;
};

for (const def of CHAPTERS) for (const difficulty of difficulties) {
  if (onlyChapter && def.id !== onlyChapter) continue;
  const level = loadMapFile(def.map);
  console.log(`\n== chapter ${def.number} (${def.id}), ${difficulty}${run ? ', with the group' : ''} ==`);
  const tally = { survivor: [] as ChapterRun[], screen: [] as ChapterRun[], screenRetry: [] as ChapterRun[], screenLate: [] as ChapterRun[] };
  let caught = 0;
  for (let seed = 1; seed <= seeds; seed++) {
    const s = tracked((onTick) => playChapter(def, level, seed, difficulty, 'survivor', { onTick, run }));
    const r = straight ? playChapter(def, level, seed, difficulty, 'straightRun', { run }) : s;
    const sc = tracked((onTick) => playChapter(def, level, seed, difficulty, 'screen', { onTick, run }));
    const scr = sc.status === 'lost' ? playChapter(def, level, seed, difficulty, 'screen', { retries: SCREEN_RETRIES, run }) : sc;
    tally.survivor.push(s);
    tally.screen.push(sc);
    tally.screenRetry.push(scr);
    tally.screenLate.push(playChapter(def, level, seed, difficulty, 'screen', { reactionTicks: REACTION_TICKS, run }));
    if (r.status === 'lost') caught++;
    console.log(
      `seed ${String(seed).padStart(2)}  survivor: ${s.status.padEnd(4)} ${secs(s)} s grabs ${s.grabsTaken}` +
        `  |  screen: ${sc.status.padEnd(4)} ${secs(sc)} s grabs ${sc.grabsTaken}` +
        (scr !== sc ? ` (retries ${scr.retriesUsed}: ${scr.status} ${secs(scr)} s grabs ${scr.grabsTaken})` : '') +
        `  |  spawned ${s.directorSpawned}` +
        (straight ? `  |  straight-run: ${r.status === 'lost' ? 'caught' : r.status} at ${(r.ticks / TICK_RATE).toFixed(1)} s` : ''),
    );
  }
  const line = (name: string, runs: ChapterRun[]): string => {
    const won = runs.filter((x) => x.status === 'won');
    const retries = runs.reduce((n, x) => n + x.retriesUsed, 0);
    return (
      `${name.padEnd(24)} finished ${won.length}/${runs.length}, median ${median(won.map((x) => x.ticks / TICK_RATE))} s, ` +
      `median grabs ${median(won.map((x) => x.grabsTaken))}` + (retries ? `, retries used ${retries}` : '') +
      (runs.every((x) => brought.has(x)) ? `, items brought back (median, all runs) ${median(runs.map((x) => brought.get(x) ?? 0))}` : '')
    );
  };
  console.log(line('survivor (knows the map)', tally.survivor));
  console.log(line('screen bot, one life', tally.screen));
  console.log(line(`screen bot, ${SCREEN_RETRIES} retries`, tally.screenRetry));
  console.log(line(`screen bot, ${((REACTION_TICKS / TICK_RATE) * 1000).toFixed(0)} ms late`, tally.screenLate));
  if (straight) console.log(`straight-run caught ${caught}/${seeds}`);
}
