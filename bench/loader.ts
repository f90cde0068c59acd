/**
 * Level loader benchmark (Node, no browser): `npm run bench:loader`.
 * Median ms to validate (1) the chapter 1 map, hallway.tmj, (2) a generated stress map
 * (240x240 tiles, ~570 doors a quarter of them locked with their keys, ~4,000 objects),
 * which is where a check that is quadratic in the number of objects would show, and (3)
 * the malicious worst cases of tests/levels/worstMaps.ts (512x512, up to the 65,536
 * objects allowed), each of which must load or be rejected in well under a second. Writes
 * bench/results/loader.json. `npm run bench:loader -- 480` makes the stress map 480x480.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LevelError, MAX_MAP_OBJECTS, loadLevel } from '../src/levels/tiled';
import * as worst from '../tests/levels/worstMaps';

const now = (): number => Number(process.hrtime.bigint()) / 1e6;
const mapsDir = fileURLToPath(new URL('../src/levels/maps/', import.meta.url));

const KINDS = ['Floor', 'Wall', 'Window', 'Void', 'Locker', 'Door', 'Cabinet', 'Table'];
const GID = { floor: 1, wall: 2, locker: 5, door: 6, cabinet: 7 };
const prop = (name: string, value: string | boolean) => ({ name, type: typeof value === 'boolean' ? 'bool' : 'string', value });

/**
 * Rooms 10 tiles wide in columns: a wall line every 10 columns with a door every 10 rows;
 * every fourth door is locked and its key lies in the room west of it. Lockers line the top
 * row, cabinets the bottom wall; infected, spawns, notes, decoys and triggers fill the rooms.
 */
export function stressMap(size = 240): unknown {
  const data = new Array<number>(size * size).fill(GID.floor);
  const set = (x: number, y: number, g: number) => (data[y * size + x] = g);
  for (let i = 0; i < size; i++) {
    set(i, 0, GID.wall);
    set(i, size - 1, GID.wall);
    set(0, i, GID.wall);
    set(size - 1, i, GID.wall);
  }
  const props: unknown[] = [];
  const markers: unknown[] = [];
  const infected: unknown[] = [];
  const triggers: unknown[] = [];
  let id = 1;
  const point = (type: string, x: number, y: number, name = '', properties: unknown[] = []) => ({
    id: id++, name, type, x: (x + 0.5) * 32, y: (y + 0.5) * 32, width: 0, height: 0, point: true, properties,
  });
  const rect = (type: string, x: number, y: number, w: number, h: number, name = '') => ({
    id: id++, name, type, x: x * 32, y: y * 32, width: w * 32, height: h * 32,
  });
  let doorNo = 0;
  for (let wx = 10; wx < size - 1; wx += 10) {
    for (let y = 1; y < size - 1; y++) set(wx, y, GID.wall);
    for (let dy = 5; dy < size - 1; dy += 10) {
      set(wx, dy, GID.door);
      const name = `door ${doorNo}`;
      const locked = doorNo % 4 === 0;
      props.push(point('door', wx, dy, name, locked ? [prop('locked', true)] : []));
      if (locked) props.push(point('key', wx - 2, dy, `key ${doorNo}`, [prop('unlocks', name)]));
      doorNo++;
    }
  }
  for (let x = 2; x < size - 2; x += 3) {
    if (x % 10 === 0) continue;
    set(x, 1, GID.locker);
    props.push(point('locker', x, 1, '', x % 9 === 2 ? [prop('classmate', `kid ${x}`)] : []));
    set(x, size - 1, GID.cabinet);
    props.push(point('cabinet', x, size - 1, `cabinet ${x}`));
  }
  let n = 0;
  for (let y = 3; y < size - 3; y += 4) {
    for (let x = 3; x < size - 3; x += 4) {
      if (x % 10 === 0 || (x % 10 === 8 && y % 10 === 5)) continue; // walls and key cells
      const k = n++ % 4;
      if (k === 0) infected.push(point('infected', x, y, '', [prop('variant', 'sprinter')]));
      else if (k === 1) markers.push(point('spawn', x, y));
      else if (k === 2) props.push(point('note', x, y, '', [prop('note', `note ${n}`)]));
      else props.push(point('decoy', x, y));
    }
  }
  for (let t = 0; t < 200; t++) triggers.push(rect('trigger', 1 + (t % 9), 2 + Math.floor(t / 9) * 2, 1, 1, `beat ${t}`));
  markers.push(point('player_start', 1, 2), rect('exit', size - 3, size - 3, 2, 2), rect('checkpoint', 1, 2, 1, 1, 'start'));
  const objects = (name: string, list: unknown[]) => ({ id: id++, name, type: 'objectgroup', objects: list });
  return {
    type: 'map', orientation: 'orthogonal', infinite: false, width: size, height: size, tilewidth: 32, tileheight: 32,
    tilesets: [{ firstgid: 1, name: 'logic', tilewidth: 32, tileheight: 32, tilecount: 8, tiles: KINDS.map((kind, i) => ({ id: i, properties: [prop('kind', kind)] })) }],
    layers: [
      { id: id++, name: 'logic', type: 'tilelayer', x: 0, y: 0, width: size, height: size, data },
      objects('markers', markers),
      objects('infected', infected),
      objects('props', props),
      objects('triggers', triggers),
    ],
  };
}

function median(f: () => void, runs: number): number {
  for (let i = 0; i < 3; i++) f();
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = now();
    f();
    t.push(now() - t0);
  }
  t.sort((a, b) => a - b);
  return t[Math.floor(t.length / 2)]!;
}

/** Median times of both loads (the stress map as JSON text, the way a map ships). */
export function benchLoader(size = 240) {
  const hallway = readFileSync(`${mapsDir}hallway.tmj`, 'utf8');
  const tileset = readFileSync(`${mapsDir}logic.tsj`, 'utf8');
  const stress = stressMap(size);
  const stressText = JSON.stringify(stress);
  const loaded = loadLevel(stress, 'stress');
  const objects = (stress as { layers: { objects?: unknown[] }[] }).layers.reduce((s, l) => s + (l.objects?.length ?? 0), 0);
  return {
    hallwayMs: median(() => loadLevel(hallway, 'hallway', { tilesets: { 'logic.tsj': tileset } }), 50),
    stressMs: median(() => loadLevel(stressText, 'stress'), 10),
    stress: { size: `${loaded.width}x${loaded.height}`, objects, doors: loaded.doors.length, locked: loaded.doors.filter((d) => d.locked).length },
  };
}

/**
 * The cases at full size (more objects than MAX_MAP_OBJECTS: refused at once),
 * then each shape at the largest size under the cap, where every check runs.
 */
const WORST_CASES: Record<string, () => unknown> = {
  'full size: keys x doors (60,000 x 64,770), refused by the object cap': () => worst.keysForUnlockedDoors(),
  'full size: infected x safe zones (50,000 x 50,000), refused': () => worst.infectedInSafeZones(),
  'full size: lockers (130,050), refused': () => worst.manyLockers(),
  'keys x doors of one name, unlocked (30,000 x 32,385)': () => worst.keysForUnlockedDoors(0.5),
  'keys naming missing doors (30,000 x 32,385 names)': () => worst.keysForMissingDoors(0.5),
  'infected x safe zones (32,500 x 32,500)': () => worst.infectedInSafeZones(0.65),
  'lockers with classmates (64,770)': () => worst.manyLockers(0.5),
  'map-sized exits, reach areas, dark areas (3 x 20,000)': () => worst.bigUnreachableAreas(0.5),
  'collect objectives x item names (1,200 x 60,000)': () => worst.collectsOverManyItems(0.6),
  'every cell a bad tile id (262,144)': () => worst.badCells(),
  '50,000-character strings everywhere (2,000 objects)': () => worst.longStrings(),
  [`objectives with every property (${MAX_MAP_OBJECTS}, the cap)`]: () => worst.mostObjects(MAX_MAP_OBJECTS),
  'one object over the cap': () => worst.mostObjects(MAX_MAP_OBJECTS, 1),
};

/**
 * Median ms of 3 loads of each worst case (generated once, passed as parsed JSON), with
 * what it reported; `cpuMs` is the process's CPU time for the same load (user + system,
 * GC threads included), which a shared, busy machine inflates less than the wall clock.
 */
export function benchWorstCases() {
  const out: { name: string; ms: number; cpuMs: number; problems: number; messageChars: number }[] = [];
  for (const [name, make] of Object.entries(WORST_CASES)) {
    const map = make();
    let problems = 0;
    let messageChars = 0;
    const cpu: number[] = [];
    const ms = median(() => {
      const c0 = process.cpuUsage();
      try {
        loadLevel(map, 'worst');
        problems = 0;
      } catch (e) {
        if (!(e instanceof LevelError)) throw e;
        problems = e.total;
        messageChars = e.message.length;
      }
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000);
    }, 3);
    cpu.sort((a, b) => a - b);
    out.push({ name, ms, cpuMs: cpu[Math.floor(cpu.length / 2)]!, problems, messageChars });
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const results = benchLoader(Number(process.argv[2] ?? 240));
  console.log(`hallway.tmj: ${results.hallwayMs.toFixed(2)} ms (median of 50)`);
  console.log(`stress map ${results.stress.size}, ${results.stress.objects} objects, ${results.stress.doors} doors (${results.stress.locked} locked): ${results.stressMs.toFixed(1)} ms (median of 10)`);
  const worstCases = benchWorstCases();
  for (const w of worstCases) {
    console.log(`${w.name}: ${w.ms.toFixed(0)} ms (cpu ${w.cpuMs.toFixed(0)} ms), ${w.problems} problems, ${w.messageChars} characters of message`);
  }
  const out = fileURLToPath(new URL('./results/', import.meta.url));
  mkdirSync(out, { recursive: true });
  writeFileSync(`${out}loader.json`, JSON.stringify({ ...results, worstCases }, null, 2) + '\n');
}
