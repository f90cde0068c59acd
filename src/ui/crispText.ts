import * as Phaser from 'phaser';

/**
 * Phaser draws each Text to its own canvas at resolution 1 by default, which looks soft
 * on phones (device pixel ratio 2 or 3). This scene plugin renders every Text added to a
 * scene at the screen's pixel ratio (capped at 2: sharper buys little past that and costs
 * texture memory on cheap phones). The game itself still renders at CSS resolution.
 */
export class CrispTextPlugin extends Phaser.Plugins.ScenePlugin {
  override boot(): void {
    this.systems?.events.on(Phaser.Scenes.Events.ADDED_TO_SCENE, onAdded);
  }
}

export function textResolution(): number {
  const dpr = typeof window !== 'undefined' ? window.devicePixelRatio || 1 : 1;
  return Math.min(2, Math.max(1, dpr));
}

function onAdded(go: Phaser.GameObjects.GameObject): void {
  if (go instanceof Phaser.GameObjects.Text) {
    const r = textResolution();
    if (go.style.resolution !== r) go.setResolution(r);
  }
}
