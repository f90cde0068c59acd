/**
 * Every chapter played by the scripted bots over seeds and difficulties:
 * survivor time to finish and grabs taken, how often the straight-run bot is caught.
 *   npm run bench:chapter            (10 seeds)
 *   npm run bench:chapter -- 20      (20 seeds)
 * Sim time, not wall-clock: the numbers are deterministic for the seeds.
 */
import { playChapter } from '../src/bots/chapterRun';
import { CHAPTERS } from '../src/chapters/registry';
import { TICK_RATE, type Difficulty } from '../src/sim/tuning';
import { loadMapFile } from './maps';

const seeds = Number(process.argv[2] ?? 10);
const difficulties: Difficulty[] = ['story', 'normal', 'nightmare'];

for (const def of CHAPTERS) for (const difficulty of difficulties) {
  const level = loadMapFile(def.map);
  console.log(`\n== chapter ${def.number} (${def.id}), ${difficulty} ==`);
  let won = 0;
  let caught = 0;
  const times: number[] = [];
  for (let seed = 1; seed <= seeds; seed++) {
    const s = playChapter(def, level, seed, difficulty, 'survivor');
    const r = playChapter(def, level, seed, difficulty, 'straightRun');
    if (s.status === 'won') {
      won++;
      times.push(s.ticks / TICK_RATE);
    }
    if (r.status === 'lost') caught++;
    console.log(
      `seed ${String(seed).padStart(2)}  survivor: ${s.status.padEnd(4)} ${(s.ticks / TICK_RATE).toFixed(1).padStart(6)} s  grabs ${s.grabsTaken}  spawned ${s.directorSpawned}` +
        `  |  straight-run: ${r.status === 'lost' ? 'caught' : r.status} at ${(r.ticks / TICK_RATE).toFixed(1)} s`,
    );
  }
  times.sort((a, b) => a - b);
  const median = times.length ? times[Math.floor(times.length / 2)]!.toFixed(1) : '-';
  console.log(`survivor finished ${won}/${seeds} (median ${median} s); straight-run caught ${caught}/${seeds}`);
}
