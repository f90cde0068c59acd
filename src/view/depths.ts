/**
 * Draw depths shared between views that must stack in a set order (the rest keep theirs
 * beside their own view). Pure numbers, so tests can hold the order without Phaser.
 */
/** The darkness layer: above the infected, the player and the foam. */
export const DARK_DEPTH = 14;
/**
 * Room signs sit above the darkness: a sign half under a dark patch read as a cut word
 * ("Sc ence lab"); whole, it is what the objective line promised a newcomer would find.
 */
export const PLAQUE_DEPTH = 14.5;
/** The infected's glowing eyes, above the darkness so they read in it. */
export const EYES_DEPTH = 15;
