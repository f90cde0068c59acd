import type { World } from './world';

/**
 * What the extinguisher does to the infected: the spray's push and stagger, the empty
 * swing's shove and the thrown canister's knock. Wired to the horde once it lands.
 */
export function sprayInfected(_world: World, _ox: number, _oy: number, _dirX: number, _dirY: number): void {}

/** Empty swing: shoves the one infected in front of the player; returns its id or -1. */
export function shoveInfected(_world: World, _dirX: number, _dirY: number): number {
  return -1;
}

/** A canister at (x, y) flying (vx, vy) hits the first infected it touches; returns its id or -1. */
export function canisterHitInfected(_world: World, _x: number, _y: number, _vx: number, _vy: number): number {
  return -1;
}
