import type { World } from './world';
import type { Intent } from './intent';
import { updatePlayer } from './player';
import { interactWithDoor } from './doors';
import { pointInRect } from './level';
import { updateExtinguisher, interactWithCabinet } from './extinguisher';
import { updateFoam } from './foam';

/**
 * Advances the world by one fixed tick (1/60 s). Systems run in this explicit order;
 * add new ones here, not in the view.
 */
export function step(world: World, intent: Intent): void {
  world.events.length = 0;
  if (world.status !== 'playing') return;
  world.tick++;

  const p = world.player;
  updatePlayer(world, intent);

  const interactPressed = intent.interact && !p.interactHeld;
  const throwPressed = intent.throw && !p.throwHeld;
  p.interactHeld = intent.interact;
  p.throwHeld = intent.throw;
  if (interactPressed && !interactWithCabinet(world)) interactWithDoor(world);

  updateFoam(world);
  updateExtinguisher(world, intent, throwPressed);

  for (const exit of world.level.exits) {
    if (pointInRect(p.x, p.y, exit)) {
      world.status = 'won';
      world.events.push({ type: 'reachedExit' });
      break;
    }
  }
}
