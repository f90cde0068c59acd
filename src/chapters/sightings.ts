import type { VariantName } from '../sim/tuning';
import type { World } from '../sim/world';

/** A chapter's first-sighting lines: what the player should know the first time they see each variant. */
export type SightingLines = Partial<Record<VariantName, string>>;

/**
 * The lines for a variant no chapter words its own way: what it does, and the one thing
 * that works against it (the play-test's heavy was sprayed until the death screen said why).
 */
export const DEFAULT_SIGHTINGS: Readonly<Record<VariantName, string>> = {
  sprinter: 'A sprinter. When it crouches, it charges: break its line with a corner or door.',
  cheerleader: 'A cheerleader. Her cheer calls every infected in earshot: stay out of her sight.',
  heavy: 'A heavy. Foam barely slows it: keep a door between you.',
  climber: 'A climber. It scales walls; foam knocks it off.',
};

/**
 * Turns this tick's `variantSighted` events into one-time captions (a `beat` named
 * `sighted_<variant>`, placed at the infected so the caption's arrow points at it): the
 * chapter's own line, else the default. Every chapter gets them through stepChapter.
 */
export function sightingCaptions(world: World, lines: SightingLines | undefined): void {
  const count = world.events.length;
  for (let k = 0; k < count; k++) {
    const e = world.events[k]!;
    if (e.type !== 'variantSighted') continue;
    const caption = lines?.[e.variant] ?? DEFAULT_SIGHTINGS[e.variant];
    // A beat like beats.ts's beat() (pushed here to keep the modules acyclic).
    world.events.push({ type: 'beat', name: `sighted_${e.variant}`, caption, x: e.x, y: e.y, sfx: 'uiClick' });
  }
}
