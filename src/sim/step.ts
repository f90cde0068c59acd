import type { World } from './world';
import { updatePlayer } from './player';
import { pointInRect } from './level';
import { updateExtinguisher } from './extinguisher';
import { updateFoam } from './foam';
import { foamBlindsInfected } from './sprayHits';
import { updateGrab } from './grab';
import { updateHorde } from './hordeUpdate';
import { updateDirector } from './director';
import { consumeNoises } from './noise';
import { dropLoot, updateNotices, updatePickups, updateTriggers } from './objects';
import { useInteraction } from './interact';
import { emptyIntent, type Intent } from './intent';
import { updateSightings } from './sightings';
import { updateObjectives } from './objectives';
import { updateSurvivors } from './allies';
import { pushOverTheEdge, updateSiege } from './siege';
import { updateBreath, updatePhone } from './phone';

/** While hiding in a locker the player only listens for the press that steps out. */
const hidingIntent: Intent = emptyIntent();

/**
 * Advances the world by one fixed tick (1/60 s). Systems run in this explicit order;
 * add new ones here, not in the view:
 *   breath -> player -> phone (flashlight, battery, chat reply, glow under the door) -> grab
 *   (break-free presses) -> interact (lockers, cabinets, doors, vending machines) -> drop
 *   (loot) -> pick-ups -> triggers -> notices -> foam melts ->
 *   extinguisher (spray, pushes, foam, swing, thrown canisters) -> foam blinds ->
 *   pushed over a roof's edge -> checkpoints -> survivors (the player's slot, the order
 *   button, allies: allies.ts) ->
 *   horde (hears the noises queued so far, moves, grabs) -> director (paces, spawns) ->
 *   siege (a roof's walls: piles, bodies over, falls) ->
 *   sightings (first sight of each variant) -> objectives (the exits when none is authored:
 *   win or loss).
 */
export function step(world: World, intent: Intent): void {
  world.events.length = 0;
  if (world.status !== 'playing') return;
  world.tick++;

  const p = world.player;
  // The order button reaches the group even from a locker.
  const orderHeld = intent.order === true;
  if (world.objects.hidingIn >= 0) {
    hidingIntent.interact = intent.interact;
    intent = hidingIntent;
  }
  // Breath before the move (a held breath keeps stamina from refilling), the phone after it.
  updateBreath(world, intent);
  updatePlayer(world, intent);
  updatePhone(world, intent);

  const interactPressed = intent.interact && !p.interactHeld;
  const throwPressed = intent.throw && !p.throwHeld;
  const dropPressed = intent.drop === true && !p.dropHeld;
  p.interactHeld = intent.interact;
  p.throwHeld = intent.throw;
  p.dropHeld = intent.drop === true;
  const usedByGrab = updateGrab(world, intent, interactPressed);
  if (interactPressed && !usedByGrab && world.status === 'playing') {
    // One press does one thing: to the nearest interactable in reach, the one in front first.
    useInteraction(world);
  }
  // Drop before pick-ups: the piece put down waits until the player steps off it.
  if (dropPressed && p.grabbedBy < 0 && world.status === 'playing') dropLoot(world);
  updatePickups(world);
  updateTriggers(world);
  updateNotices(world);

  // The extinguisher before the horde: its pushes act on this tick's positions, and the
  // horde hears this tick's spray.
  updateFoam(world);
  updateExtinguisher(world, intent, throwPressed);
  foamBlindsInfected(world);
  // A roof's parapet: staggered infected the spray pushes against it go over (siege.ts).
  pushOverTheEdge(world);

  // Checkpoints are reached in order; a later one supersedes the earlier ones.
  const checkpoints = world.level.checkpoints;
  for (let c = world.checkpoint + 1; c < checkpoints.length; c++) {
    if (pointInRect(p.x, p.y, checkpoints[c]!)) {
      world.checkpoint = c;
      world.events.push({ type: 'checkpointReached', checkpoint: c, reason: 'area' });
      break;
    }
  }
  // Taking a key is a checkpoint too: a bite after the bolt cutters never takes them away.
  for (let k = 0, n = world.events.length; k < n; k++) {
    if (world.events[k]!.type === 'keyPicked') {
      world.events.push({ type: 'checkpointReached', checkpoint: world.checkpoint, reason: 'item' });
      break;
    }
  }

  // The group: slot 0 takes the player's state; allies take orders, struggle, turn, move, act.
  updateSurvivors(world, orderHeld);

  // Noises queued until now (this tick's player, allies and doors, last tick's horde) are heard.
  const heard = world.noises.count;
  updateHorde(world, heard);
  updateDirector(world, heard);
  consumeNoises(world.noises, heard);
  // A roof's siege (chapter 4): falls this tick lower the piles, the crowd below grows, bodies come over.
  updateSiege(world);

  if (world.status === 'playing') updateSightings(world);
  // The chapter's rules: reach, collect, hold out, protect, time limits; the win or loss.
  updateObjectives(world);
}
