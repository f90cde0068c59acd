import { describe, expect, it } from 'vitest';
import { parseAsciiLevel } from '../../src/levels/ascii';
import { createWorld, type World } from '../../src/sim/world';
import { step } from '../../src/sim/step';
import { allKeysTaken, chapterFinds } from '../../src/sim/objects';
import { hashWorld } from '../../src/sim/worldHash';
import { cloneWorld } from '../../src/sim/snapshot';
import { TICK_RATE } from '../../src/sim/tuning';
import type { LevelData } from '../../src/sim/level';
import { intent, run } from '../helpers';

// A corridor with lockers along the top wall (L at x=3 and x=8), a note and a decoy.
const MAP = `
############
#..L....L..#
#P.........#
#..........#
############`;

function level(extra: Partial<LevelData> = {}, map = MAP): LevelData {
  const base = parseAsciiLevel('objects', 'objects', map.trim());
  return {
    ...base,
    lockers: [
      { x: 3, y: 1, front: { x: 3.5, y: 2.5 }, classmate: null },
      { x: 8, y: 1, front: { x: 8.5, y: 2.5 }, classmate: 'Da-som' },
    ],
    items: [
      { kind: 'note', note: 'baek-1', x: 5.5, y: 3.5 },
      { kind: 'decoy', item: 'can', x: 6.5, y: 3.5 },
    ],
    triggers: [{ name: 'bell', x: 9, y: 2, w: 2, h: 2, once: true }],
    ...extra,
  };
}

/** Stands the player at (x, y) facing up, as if walked there. */
function standAt(w: World, x: number, y: number): void {
  w.player.x = w.player.prevX = x;
  w.player.y = w.player.prevY = y;
  step(w, intent({ moveY: -1 }));
}

function press(w: World): void {
  step(w, intent({ interact: true }));
  step(w, intent());
}

describe('lockers', () => {
  it('hiding: the player gets in, cannot move, and steps out with another press', () => {
    const w = createWorld(level(), 1, { peaceful: true });
    standAt(w, 3.5, 2.55);
    press(w);
    expect(w.objects.hidingIn).toBe(0);
    expect(w.player.hidden).toBe(true);
    run(w, 30, intent({ moveX: 1, run: true }));
    expect(w.player.x).toBeCloseTo(3.5, 5);
    press(w);
    expect(w.objects.hidingIn).toBe(-1);
    expect(w.player.hidden).toBe(false);
  });

  it('the infected lose a hidden player, unless one saw the player get in', () => {
    const unseen = createWorld(level(), 1);
    standAt(unseen, 3.5, 2.55);
    press(unseen);
    expect(unseen.player.hidden).toBe(true);

    // A sprinter standing in the corridor, facing the locker, watches the player get in.
    const watched = createWorld(level({}, MAP.replace('#..........#\n#', '#.....z....#\n#')), 1);
    const h = watched.horde;
    h.headingX[0] = -1;
    h.headingY[0] = -0.3;
    standAt(watched, 3.5, 2.55);
    step(watched, intent({ interact: true }));
    expect(watched.events).toContainEqual({ type: 'lockerEntered', locker: 0, seen: true });
    step(watched, intent());
    expect(watched.objects.hidingIn).toBe(0);
    expect(watched.player.hidden).toBe(false);
  });

  it('a classmate in a locker is rescued once; then the locker is a hiding place', () => {
    const w = createWorld(level(), 1, { peaceful: true });
    standAt(w, 8.5, 2.55);
    step(w, intent({ interact: true }));
    expect(w.events).toContainEqual({ type: 'classmateRescued', locker: 1, name: 'Da-som' });
    step(w, intent());
    press(w);
    expect(w.objects.hidingIn).toBe(1);
    expect(chapterFinds(w).rescues).toEqual(['Da-som']);
  });

  it('a locker is used from its front cell even when the player looks away (the mouse aims elsewhere)', () => {
    const w = createWorld(level(), 1, { peaceful: true });
    w.player.x = w.player.prevX = 3.5;
    w.player.y = w.player.prevY = 2.55;
    step(w, intent({ aimY: 1 })); // facing down, away from the locker
    press(w);
    expect(w.objects.hidingIn).toBe(0);
  });

  it('a locker is not used from beside it (only from its front cell)', () => {
    const w = createWorld(level(), 1, { peaceful: true });
    w.player.x = w.player.prevX = 5.5;
    w.player.y = w.player.prevY = 3.5;
    press(w);
    expect(w.objects.hidingIn).toBe(-1);
  });
});

describe('pick-ups and triggers', () => {
  it('walking over a note keeps it; a decoy is carried', () => {
    const w = createWorld(level(), 1, { peaceful: true });
    w.player.x = w.player.prevX = 2.5;
    w.player.y = w.player.prevY = 3.5;
    const seen: string[] = [];
    for (let t = 0; t < TICK_RATE * 2; t++) {
      step(w, intent({ moveX: 1 }));
      for (const e of w.events) if (e.type === 'notePicked' || e.type === 'decoyPicked') seen.push(e.type);
    }
    expect(seen).toEqual(['notePicked', 'decoyPicked']);
    expect(w.objects.decoys).toBe(1);
    expect(chapterFinds(w).notes).toEqual(['baek-1']);
  });

  it('a once-trigger fires the first time the player enters, not again', () => {
    const w = createWorld(level(), 1, { peaceful: true });
    let fired = 0;
    for (let t = 0; t < TICK_RATE * 6; t++) {
      step(w, intent({ moveX: t < TICK_RATE * 3 ? 1 : -1 }));
      fired += w.events.filter((e) => e.type === 'trigger' && e.name === 'bell').length;
    }
    // Walked in, out, and (moving left past it) never back in; and only one fire.
    expect(fired).toBe(1);
  });
});

describe('keys', () => {
  // A room with a chained door (K at (9, 2)) and bolt cutters on the floor at (5, 3).
  const KEY_MAP = `
############
#P.......#.#
#........K.#
#........#.#
############`;
  function keyLevel(): LevelData {
    const base = level({}, KEY_MAP);
    return {
      ...base,
      doors: base.doors.map((d) => ({ ...d, name: 'stairwell back door' })),
      lockers: [],
      items: [{ kind: 'key', item: 'bolt cutters', unlocks: 'stairwell back door', x: 5.5, y: 3.5 }],
      triggers: [],
    };
  }

  /** Stands in front of the door facing it and presses interact; returns whether it opened. */
  function tryTheDoor(w: World): boolean {
    w.player.x = w.player.prevX = 8.5;
    w.player.y = w.player.prevY = 2.5;
    step(w, intent({ moveX: 1 }));
    press(w);
    return w.doors[0]!.open;
  }

  it('the chained door refuses until the key is picked up; then it opens', () => {
    const w = createWorld(keyLevel(), 1, { peaceful: true });
    expect(w.doors[0]!.locked).toBe(true);
    expect(allKeysTaken(w)).toBe(false);
    expect(tryTheDoor(w)).toBe(false);

    w.player.x = w.player.prevX = 3.5;
    w.player.y = w.player.prevY = 3.5;
    const picked: unknown[] = [];
    for (let t = 0; t < TICK_RATE; t++) {
      step(w, intent({ moveX: 1 }));
      picked.push(...w.events.filter((e) => e.type === 'keyPicked'));
    }
    expect(picked).toEqual([{ type: 'keyPicked', item: 0, key: 'bolt cutters', unlocks: 'stairwell back door' }]);
    expect(w.objects.itemTaken[0]).toBe(1);
    expect(w.doors[0]!.locked).toBe(false);
    expect(allKeysTaken(w)).toBe(true);
    expect(tryTheDoor(w)).toBe(true);
  });

  it('a key only unlocks doors with its name', () => {
    const lvl = keyLevel();
    lvl.doors = lvl.doors.map((d) => ({ ...d, name: 'music room' }));
    const w = createWorld(lvl, 1, { peaceful: true });
    w.player.x = w.player.prevX = 5.5;
    w.player.y = w.player.prevY = 3.5;
    step(w, intent());
    expect(w.objects.itemTaken[0]).toBe(1);
    expect(w.doors[0]!.locked).toBe(true);
    expect(tryTheDoor(w)).toBe(false);
  });

  it('a checkpoint copy taken before the key is still locked after the key is picked up', () => {
    const w = createWorld(keyLevel(), 1, { peaceful: true });
    const before = cloneWorld(w);
    const hashBefore = hashWorld(w);
    w.player.x = w.player.prevX = 5.5;
    w.player.y = w.player.prevY = 3.5;
    step(w, intent());
    expect(w.doors[0]!.locked).toBe(false);
    expect(hashWorld(w)).not.toBe(hashBefore);
    expect(before.doors[0]!.locked).toBe(true);
    expect(before.objects.itemTaken[0]).toBe(0);
  });
});

describe('decoys', () => {
  it('a thrown decoy flies its range, lands with a clatter louder than running, and draws an infected there', () => {
    // A long hall: the player at the west end; a sprinter far east, facing away, out of sight.
    const map = `
########################
#......................#
#P...............z.....#
#......................#
########################`;
    const w = createWorld(level({ lockers: [], items: [], triggers: [] }, map), 5);
    w.horde.headingX[0] = 1;
    w.horde.headingY[0] = 0;
    w.objects.decoys = 1;
    w.player.x = w.player.prevX = 2.5;
    step(w, intent({ aimX: 1 }));
    step(w, intent({ aimX: 1, throw: true }));
    expect(w.events.some((e) => e.type === 'decoyThrown')).toBe(true);
    expect(w.objects.decoys).toBe(0);
    let landed: { x: number; y: number } | null = null;
    let loudness = 0;
    for (let t = 0; t < TICK_RATE && !landed; t++) {
      step(w, intent({ aimX: 1 }));
      for (const e of w.events) {
        if (e.type === 'decoyLanded') landed = { x: e.x, y: e.y };
        if (e.type === 'noise' && e.source === 'throw') loudness = e.loudness;
      }
    }
    expect(landed).not.toBeNull();
    expect(landed!.x).toBeGreaterThan(9); // about its throw range (8 tiles) east of the player
    expect(landed!.x).toBeLessThan(12);
    expect(loudness).toBeGreaterThan(7); // louder than running (NOISE.run)
    // The sprinter heard it and goes to look: its target is the landing point.
    const h = w.horde;
    for (let t = 0; t < 10 && h.hasTarget[0] === 0; t++) step(w, intent());
    expect(h.hasTarget[0]).toBe(1);
    expect(Math.abs(h.targetX[0]! - landed!.x)).toBeLessThan(1.5);
  });

  it('without a decoy, throw does nothing while the extinguisher still has pressure', () => {
    const w = createWorld(level(), 1, { peaceful: true });
    step(w, intent({ throw: true }));
    expect(w.events.some((e) => e.type === 'decoyThrown' || e.type === 'canisterThrown')).toBe(false);
  });
});

describe('notice boards', () => {
  it('walking up to a notice and looking at it reads it once per approach', () => {
    const w = createWorld(level({ notices: [{ x: 5, y: 1, text: 'Sports day sign-up' }] }), 1, { peaceful: true });
    const reads = () => w.events.filter((e) => e.type === 'noticeRead').length;
    let total = 0;
    // Walk east below the board, looking up at it as we pass.
    w.player.x = w.player.prevX = 1.5;
    w.player.y = w.player.prevY = 2.5;
    for (let t = 0; t < TICK_RATE * 2; t++) {
      step(w, intent({ moveX: 1, aimY: -1 }));
      total += reads();
    }
    expect(total).toBe(1);
    expect(w.objects.noticeNear[0]).toBe(0); // walked past it
    // Looking away while passing back: not read.
    for (let t = 0; t < TICK_RATE * 2; t++) {
      step(w, intent({ moveX: -1, aimY: 1 }));
      total += reads();
    }
    expect(total).toBe(1);
  });
});
