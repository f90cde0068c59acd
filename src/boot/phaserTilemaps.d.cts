/** Phaser's tilemaps namespace (phaserTilemaps.cjs): types from Phaser's own declarations. */
declare const Tilemaps: typeof import('phaser').Tilemaps;
export = Tilemaps;
