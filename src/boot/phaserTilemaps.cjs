/**
 * Phaser's tilemaps, kept out of the game's Phaser entry (phaser.cjs): requiring them
 * registers `scene.make.tilemap` and `scene.add.tilemap`. Only `?mapDraw=tiles` (the old
 * tilemap layer, for `npm run bench:crowd -- --compare`) loads this chunk, before the
 * game starts (phaserExtras in startGame.ts).
 */
module.exports = require('phaser/src/tilemaps');
