import type { World } from './world';
import type { Intent } from './intent';
import { updatePlayer } from './player';
import { interactWithDoor } from './doors';
import { pointInRect } from './level';

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
  p.interactHeld = intent.interact;
  p.throwHeld = intent.throw;
  if (interactPressed) interactWithDoor(world);

  // Checkpoints are reached in order; a later one supersedes the earlier ones.
  const checkpoints = world.level.checkpoints;
  for (let c = world.checkpoint + 1; c < checkpoints.length; c++) {
    if (pointInRect(p.x, p.y, checkpoints[c]!)) {
      world.checkpoint = c;
      world.events.push({ type: 'checkpointReached', checkpoint: c });
      break;
    }
  }

  for (const exit of world.level.exits) {
    if (pointInRect(p.x, p.y, exit)) {
      world.status = 'won';
      world.events.push({ type: 'reachedExit' });
      break;
    }
  }
}
