import { describe, expect, it } from 'vitest';
import { BARKS, BARK_LINES, Barks, type BarkKind } from '../../src/audio/barks';
import { ALLY_STATE } from '../../src/view/allyLook';
import { TICK_RATE } from '../../src/sim/tuning';
import type { World } from '../../src/sim/world';
import { worldWithAllies } from '../view/allyWorld';

const MAP = `
##########
#........#
#.P......#
#........#
##########
`;

function setup() {
  const { w, s } = worldWithAllies(MAP, [
    { id: 'tae-min', x: 3.5, y: 2.5 },
    { id: 'da-som', role: 'archer', x: 7.5, y: 2.5 },
  ]);
  return { w, s, barks: new Barks() };
}

/** One tick with these events; returns the barks said on it. */
function tick(w: World, barks: Barks, events: object[], seconds = 1 / TICK_RATE) {
  w.tick += Math.round(seconds * TICK_RATE);
  w.events.length = 0;
  w.events.push(...(events as World['events']));
  return barks.take(w);
}

const ev = (type: string, survivor: number, more: object = {}) => ({ type, ally: survivor === 1 ? 'tae-min' : 'da-som', survivor, agent: 7, x: 0, y: 0, ...more });

describe('barks', () => {
  it('an ally who sees an infected says a line of their own, placed where they stand', () => {
    const { w, barks } = setup();
    const said = tick(w, barks, [ev('allySpotted', 1)]);
    expect(said).toHaveLength(1);
    expect(said[0]).toMatchObject({ kind: 'spotted', name: 'Tae-min', x: 3.5, y: 2.5 });
    expect(BARK_LINES.spotted['tae-min']).toContain(said[0]!.text);
  });

  it('does not repeat a sighting line for a while, and varies it when it comes back', () => {
    const { w, barks } = setup();
    const first = tick(w, barks, [ev('allySpotted', 1)])[0]!.text;
    expect(tick(w, barks, [ev('allySpotted', 1)], 3)).toEqual([]);
    const again = tick(w, barks, [ev('allySpotted', 1)], BARKS.sameKind.spotted)[0]!.text;
    expect(again).not.toBe(first);
  });

  it('keeps a gap between two allies talking, but a grab or a bite always speaks', () => {
    const { w, barks } = setup();
    tick(w, barks, [ev('allySpotted', 1)]);
    expect(tick(w, barks, [ev('allySpotted', 2)], 0.5)).toEqual([]);
    const grabbed = tick(w, barks, [ev('allyGrabbed', 2)], 0.1);
    expect(grabbed.map((b) => [b.kind, b.name])).toEqual([['grabbed', 'Da-som']]);
    const bitten = tick(w, barks, [ev('allyBitten', 1, { turnSeconds: 20 })], 0.1);
    expect(bitten.map((b) => b.kind)).toEqual(['bitten']);
  });

  it('says one line per tick, the urgent one first', () => {
    const { w, barks } = setup();
    const said = tick(w, barks, [ev('allySpotted', 1), ev('allyGrabbed', 2), ev('allyBrokeFree', 1)]);
    expect(said.map((b) => b.kind)).toEqual(['grabbed']);
  });

  it('the archer counts her arrows when she runs low', () => {
    const { w, barks } = setup();
    const said = tick(w, barks, [{ type: 'arrowsLow', ally: 'da-som', survivor: 2, arrows: 3 }]);
    expect(said[0]!.text).toMatch(/\b3\b/);
    expect(said[0]!.text).not.toContain('{n}');
  });

  it('an order is acknowledged once the presses settle, by the nearest ally free to talk', () => {
    const { w, s, barks } = setup();
    expect(tick(w, barks, [{ type: 'allyOrder', order: 'wait' }])).toEqual([]);
    // Pressed again before it settled: only the last order is answered.
    expect(tick(w, barks, [{ type: 'allyOrder', order: 'hide' }], 0.1)).toEqual([]);
    const said = tick(w, barks, [], BARKS.orderSettle);
    expect(said.map((b) => [b.kind, b.name])).toEqual([['hide', 'Tae-min']]);
    // Tae-min grabbed: Da-som answers.
    s.state[1] = ALLY_STATE.Grabbed;
    tick(w, barks, [{ type: 'allyOrder', order: 'follow' }], 2);
    expect(tick(w, barks, [], BARKS.orderSettle).map((b) => b.name)).toEqual(['Da-som']);
  });

  it('an ally no longer with the group says nothing; every kind has a line for anyone', () => {
    const { w, barks } = setup();
    expect(tick(w, barks, [ev('allySpotted', 5)])).toEqual([]);
    for (const kind of Object.keys(BARK_LINES) as BarkKind[]) expect(BARK_LINES[kind]['']!.length).toBeGreaterThan(0);
  });

  it('lines are short enough to read at a glance (one caption line on a phone)', () => {
    for (const byCast of Object.values(BARK_LINES)) for (const lines of Object.values(byCast)) for (const l of lines) expect(l.length).toBeLessThanOrEqual(48);
  });
});
