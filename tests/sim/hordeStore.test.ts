import { describe, expect, it } from 'vitest';
import { AGENT_FIELDS, AGENT_FIELD_NAMES, HASHED_AGENT_FIELDS, removeInfected, spawnInfected, type AgentField, type HordeStore } from '../../src/sim/horde';
import { cloneWorld } from '../../src/sim/snapshot';
import { Variant } from '../../src/sim/tuning';
import { hashWorld } from '../../src/sim/worldHash';
import { worldFromAscii } from '../helpers';

/**
 * The horde's columns are listed once (AGENT_FIELDS); creation, spawning, swap-removal,
 * checkpoints and the determinism hash all follow that list. These tests hold every
 * column of the list to each of them, so a new column cannot be forgotten by one.
 */
const ROOM = `
##########
#P.......#
#........#
##########`;

type Column = HordeStore[AgentField];
const column = (h: HordeStore, f: AgentField): Column => h[f];

/** A value for column f of agent k that differs per column and per agent and fits every array type. */
const marker = (f: AgentField, k: number): number => 1 + AGENT_FIELD_NAMES.indexOf(f) * 4 + k;

function threeAgents(): ReturnType<typeof worldFromAscii> {
  const w = worldFromAscii(ROOM);
  for (let k = 0; k < 3; k++) spawnInfected(w.horde, 3.5 + k, 2.5, Variant.Sprinter);
  for (const f of AGENT_FIELD_NAMES) for (let k = 0; k < 3; k++) column(w.horde, f)[k] = marker(f, k);
  return w;
}

describe('the horde store (one list of agent columns)', () => {
  it('holds exactly the listed columns, each a typed array of the capacity', () => {
    const h = worldFromAscii(ROOM).horde;
    const arrays = Object.keys(h).filter((k) => ArrayBuffer.isView((h as unknown as Record<string, unknown>)[k]));
    expect(arrays.sort()).toEqual([...AGENT_FIELD_NAMES].sort());
    for (const f of AGENT_FIELD_NAMES) {
      expect(column(h, f)).toBeInstanceOf(AGENT_FIELDS[f].array);
      expect(column(h, f).length).toBe(h.capacity);
    }
  });

  it('a removed infected is replaced by the last one, every column of it', () => {
    const w = threeAgents();
    removeInfected(w.horde, 0);
    expect(w.horde.count).toBe(2);
    for (const f of AGENT_FIELD_NAMES) {
      expect([f, column(w.horde, f)[0]]).toEqual([f, marker(f, 2)]);
      expect([f, column(w.horde, f)[1]]).toEqual([f, marker(f, 1)]);
    }
  });

  it('an infected spawned into a freed slot keeps nothing of the one that was there', () => {
    const w = threeAgents();
    const fresh = worldFromAscii(ROOM);
    removeInfected(w.horde, 2);
    const i = spawnInfected(w.horde, 6.5, 2.5, Variant.Heavy, true, 1, 0);
    const j = spawnInfected(fresh.horde, 6.5, 2.5, Variant.Heavy, true, 1, 0);
    expect(i).toBe(2);
    for (const f of AGENT_FIELD_NAMES) {
      if (f === 'id') continue; // ids count up per world
      expect([f, column(w.horde, f)[i]]).toEqual([f, column(fresh.horde, f)[j]]);
    }
  });

  it('a checkpoint copies every column: restoring it brings each value back', () => {
    const w = threeAgents();
    const saved = cloneWorld(w);
    for (const f of AGENT_FIELD_NAMES) {
      expect(column(saved.horde, f) === column(w.horde, f)).toBe(false);
      column(w.horde, f)[1] = 0;
      expect([f, column(saved.horde, f)[1]]).toEqual([f, marker(f, 1)]);
    }
  });

  it('the world hash changes when any hashed column of one infected changes', () => {
    const w = threeAgents();
    const before = hashWorld(w);
    for (const f of HASHED_AGENT_FIELDS) {
      const c = column(w.horde, f);
      c[1] = c[1]! + 1;
      expect([f, hashWorld(w)]).not.toEqual([f, before]);
      c[1] = c[1]! - 1;
      expect(hashWorld(w)).toBe(before);
    }
  });

  it('only the drawing position is left out of the hash (the flow-field slot is state: with more goals than builds, an agent without a field steers straight)', () => {
    const w = threeAgents();
    const unhashed = AGENT_FIELD_NAMES.filter((f) => !HASHED_AGENT_FIELDS.includes(f));
    expect(unhashed).toEqual(['prevX', 'prevY']);
    const before = hashWorld(w);
    for (const f of unhashed) column(w.horde, f)[1] = marker(f, 1) + 1;
    expect(hashWorld(w)).toBe(before);
  });
});
