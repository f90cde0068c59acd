import type { ScreenRect } from '../ui/markerLabel';

/**
 * Draw depths shared between views that must stack in a set order (the rest keep theirs
 * beside their own view). Pure numbers, so tests can hold the order without Phaser.
 */
/** The infected's bodies (their rings are just under them). */
export const INFECTED_DEPTH = 9;
/** The allies' bodies, over the infected that grab them. */
export const ALLY_DEPTH = 9.6;
/** The player's body, over everyone. */
export const PLAYER_DEPTH = 10;
/** The darkness layer: above the infected, the allies, the player and the foam, so it hides them. */
export const DARK_DEPTH = 14;
/**
 * A room sign on lit ground sits under the bodies (and their rings at 8): a sign over a
 * wall must not cover the head of someone standing under it.
 */
export const PLAQUE_DEPTH = 7.5;
/**
 * A room sign over a dark patch sits above the darkness: half under it, it read as a cut
 * word ("Sc ence lab"). It cannot also be under the bodies there, which must stay under the dark.
 */
export const PLAQUE_IN_DARK_DEPTH = 14.5;
/** The infected's glowing eyes, above the darkness so they read in it. */
export const EYES_DEPTH = 15;

/**
 * A room sign's depth: above the darkness where its box (world px) touches a dark patch
 * (darkAreas, world px), else under the bodies.
 */
export function plaqueDepth(box: ScreenRect, darkAreas: readonly ScreenRect[]): number {
  const inDark = darkAreas.some((a) => box.left < a.right && box.right > a.left && box.top < a.bottom && box.bottom > a.top);
  return inDark ? PLAQUE_IN_DARK_DEPTH : PLAQUE_DEPTH;
}
