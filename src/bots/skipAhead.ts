import { stepChapter } from '../chapters/beats';
import type { ChapterDefinition } from '../chapters/definition';
import { emptyIntent } from '../sim/intent';
import { TICK_RATE } from '../sim/tuning';
import type { World } from '../sim/world';
import { SurvivorBot } from './survivorBot';
import { viewOfWorld } from './survivorView';

/**
 * Plays a chapter's first `seconds` with the survivor bot, the player never grabbed
 * meanwhile, so a late moment of a chapter (the rooftop's peak) opens at once: the game's
 * `?skip=N` for tests, benchmarks and play-testers. The world is then as a careful player
 * would have left it (the siege, the doors, the horde), with the grab immunity gone.
 */
export function skipAhead(def: ChapterDefinition, world: World, seconds: number): void {
  // Where the definition says a map-knowing bot waits (the closet's hiding spot), as in chapterRun.
  const view = viewOfWorld(world, def.botWait ? (w) => def.botWait!(w) : undefined);
  // And the chapter's plan (chapter 2's next snack), as chapterRun gives it: without it the bot went for an exit the raid does not have.
  const plan = def.botGoal;
  const bot = new SurvivorBot(view, undefined, plan ? () => plan(world) : undefined);
  const intent = emptyIntent();
  const ticks = Math.round(seconds * TICK_RATE);
  for (let t = 0; t < ticks && world.status === 'playing'; t++) {
    world.player.grabImmunity = 1;
    stepChapter(world, bot.decide(view, intent), def.beats, def.sightings);
  }
  world.player.grabImmunity = 0;
}
