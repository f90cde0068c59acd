import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KINDS, type Kind } from '../../assets/scripts/logicTileset';
import { planRows, readPlan, writeMap } from '../../assets/scripts/tiledWriter';

const TILES: Record<string, Kind> = { '#': 'Wall', D: 'Door' };
const id = (kind: Kind) => KINDS.indexOf(kind) + 1;

// What the four map scripts (assets/scripts/build<Name>Map.ts) share: a plan typo stops the
// build with a message that says where, instead of writing a shifted or half-empty map.
describe('the map scripts\' plan reader', () => {
  it('turns each character into its logic tile, Floor where it has none, and hands the markers their cell', () => {
    const seen: string[] = [];
    const plan = readPlan('test', '\n####\n#P.D\n####\n', TILES, (x, y, c) => {
      if (c === 'P') seen.push(`P at ${x},${y}`);
      else return false;
    });
    expect(plan.width).toBe(4);
    expect(plan.height).toBe(3);
    expect(plan.data.slice(4, 8)).toEqual([id('Wall'), id('Floor'), id('Floor'), id('Door')]);
    expect(seen).toEqual(['P at 1,1']);
  });

  it('stops at a row of the wrong width, naming the map and the row', () => {
    expect(() => readPlan('cafeteria', '\n####\n#..\n####\n', TILES, () => false)).toThrow(
      "cafeteria plan: row 1 has 3 cells, expected 4 (the first row's)",
    );
    expect(() => planRows('rooftop', ['....', '.....'])).toThrow('rooftop plan: row 1 has 5 cells, expected 4');
  });

  it('stops at a character that is neither floor, a tile nor a marker, naming the map, row, column and character', () => {
    expect(() => readPlan('hallway', '\n####\n#.x#\n####\n', TILES, () => false)).toThrow(
      "hallway plan: unknown character 'x' in row 1, column 2",
    );
    // The same character is fine where the script places a marker for it.
    expect(() => readPlan('hallway', '\n####\n#.x#\n####\n', TILES, (_x, _y, c) => c === 'x')).not.toThrow();
  });

  it('keeps an existing map (it may hold Tiled edits) unless the script was run with --force', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'lp-map-')), 'test.tmj');
    writeFileSync(path, 'edited in Tiled');
    expect(() => writeMap(path, 'from the plan', ['tsx', 'build.ts'])).toThrow('pass --force to overwrite');
    expect(readFileSync(path, 'utf8')).toBe('edited in Tiled');
    writeMap(path, 'from the plan', ['tsx', 'build.ts', '--force']);
    expect(readFileSync(path, 'utf8')).toBe('from the plan');
  });
});
