import type * as Phaser from 'phaser';

/**
 * Destroys everything a scene shows, before it draws itself again (a resize, the title's
 * menu opening). Phaser 4's `children.removeAll(true)` only unlinks: its flag means
 * "skip the removal callback", so the old texts keep their canvases, old buttons stay
 * interactive (invisible, under the new ones) and their listeners stay live. Tweens on
 * the old objects are stopped with them.
 */
export function destroyChildren(scene: Phaser.Scene): void {
  scene.tweens.killAll();
  for (const child of [...scene.children.list]) child.destroy();
}
