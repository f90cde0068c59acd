import { describe, expect, it } from 'vitest';
import { interactionInReach } from '../../src/sim/interact';
import { step } from '../../src/sim/step';
import type { World } from '../../src/sim/world';
import { intent, worldFromAscii } from '../helpers';

// A corridor (row 2) between a wall with a door (D at x=4, row 1... see below) and a wall
// with an extinguisher cabinet (E at x=6, row 3).
const MAP = `
##########
#...D....#
#P.......#
#.....E..#
##########`;

/** Puts the player at (x, y) looking along (ax, ay) with one step (facing follows the aim). */
function stand(w: World, x: number, y: number, ax: number, ay: number): void {
  w.player.x = w.player.prevX = x;
  w.player.y = w.player.prevY = y;
  step(w, intent({ aimX: ax, aimY: ay }));
}

function press(w: World): void {
  step(w, intent({ interact: true }));
  step(w, intent());
}

describe('the use button (issue 11: E did nothing when the mouse aimed away)', () => {
  it('opens the door beside the player even while the player looks the other way', () => {
    const w = worldFromAscii(MAP);
    stand(w, 4.5, 2.5, 0, 1); // under the door, looking down
    expect(interactionInReach(w)).toMatchObject({ target: 'door', kind: 'open' });
    press(w);
    expect(w.doors[0]!.open).toBe(true);
    expect(interactionInReach(w)).toMatchObject({ target: 'door', kind: 'close' });
  });

  it('prefers the thing in front: facing the cabinet it takes the extinguisher, facing the door it opens the door', () => {
    const toCabinet = worldFromAscii(MAP);
    stand(toCabinet, 5.5, 2.5, 0.3, 1);
    expect(interactionInReach(toCabinet)).toMatchObject({ target: 'cabinet', kind: 'cabinetFull' });
    const toDoor = worldFromAscii(MAP);
    stand(toDoor, 5.5, 2.5, -0.3, -1);
    expect(interactionInReach(toDoor)).toMatchObject({ target: 'door', kind: 'open' });
  });

  it('takes a fresh extinguisher from a cabinet when the one in hand is not full, and says when a cabinet is empty', () => {
    const w = worldFromAscii(MAP);
    w.extinguisher.pressure = 0.3;
    stand(w, 6.5, 2.5, 0, 1);
    expect(interactionInReach(w)).toMatchObject({ target: 'cabinet', kind: 'takeExtinguisher' });
    press(w);
    expect(w.extinguisher.pressure).toBe(1);
    expect(interactionInReach(w)).toMatchObject({ target: 'cabinet', kind: 'cabinetEmpty' });
  });

  it('offers nothing out of reach', () => {
    const w = worldFromAscii(MAP);
    stand(w, 1.5, 2.5, 1, 0);
    expect(interactionInReach(w)).toBeNull();
  });

  it('names a locked door as locked', () => {
    const w = worldFromAscii(MAP.replace('D', 'K'));
    stand(w, 4.5, 2.5, 0, -1);
    expect(interactionInReach(w)).toMatchObject({ target: 'door', kind: 'locked' });
  });
});
