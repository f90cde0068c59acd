import * as Phaser from 'phaser';
import { ICONS, type IconName } from '../assets/frames';
import { TILE_SIZE } from '../assets/manifest';
import type { ItemSpec } from '../sim/level';
import type { World } from '../sim/world';
import { ItemState } from '../sim/objects';

const iconFrame = (name: IconName): number => ICONS.indexOf(name);

/** The icon a pick-up shows on the floor: a note, a can, the key (the bolt cutters have their own), a brace. */
function itemIcon(item: ItemSpec): IconName {
  if (item.kind === 'note') return 'note';
  if (item.kind === 'key') return item.item === 'bolt cutters' ? 'boltCutters' : 'lock';
  if (item.kind === 'decoy') return item.item === 'tray' ? 'tray' : 'juice';
  if (item.item === 'arrows') return 'arrow';
  // The closet's door braces (REINFORCE.items) look like what they are.
  if (item.item === 'mop handle') return 'mopHandle';
  if (item.item === 'tape') return 'tape';
  // Loot alternates snacks and juice boxes (one look per spot, fixed by its position).
  return (Math.floor(item.x) + Math.floor(item.y)) % 2 === 0 ? 'snack' : 'juice';
}

/**
 * Draws the pick-ups on the floor (Mr. Baek's notes, decoy cans and trays, keys, snacks
 * where they lie, dropped ones too) and a
 * "someone is in here" marker on a classmate's locker until they are let out. Images
 * are made once per object and hidden when taken, so nothing is created per frame.
 */
export class ObjectsView {
  private readonly items: Phaser.GameObjects.Image[];
  private readonly lockerMarks: (Phaser.GameObjects.Image | null)[];
  private time = 0;

  constructor(scene: Phaser.Scene, world: World) {
    this.items = world.level.items.map((item) =>
      scene.add
        .image(item.x * TILE_SIZE, item.y * TILE_SIZE, 'icons', iconFrame(itemIcon(item)))
        .setScale(item.kind === 'key' ? 0.8 : 0.6)
        .setDepth(5),
    );
    this.lockerMarks = world.level.lockers.map((l) =>
      l.classmate ? scene.add.image((l.x + 0.5) * TILE_SIZE, (l.y + 0.1) * TILE_SIZE, 'icons', iconFrame('hand')).setScale(0.55).setDepth(6) : null,
    );
  }

  update(world: World, deltaSeconds: number): void {
    this.time += deltaSeconds;
    const bob = Math.sin(this.time * 4) * 2;
    const o = world.objects;
    world.level.items.forEach((_item, i) => {
      const img = this.items[i]!;
      // On the floor: where it lies (dropped loot moved), including loot just dropped.
      const state = o.itemTaken[i];
      img.setVisible(state === ItemState.OnFloor || state === ItemState.Dropped);
      img.x = o.itemX[i]! * TILE_SIZE;
      img.y = o.itemY[i]! * TILE_SIZE + bob;
    });
    world.level.lockers.forEach((_l, i) => {
      const mark = this.lockerMarks[i];
      if (mark) mark.setVisible(world.objects.lockerRescued[i] === 0).setAlpha(0.6 + 0.4 * Math.sin(this.time * 5));
    });
  }

  destroy(): void {
    for (const img of this.items) img.destroy();
    for (const m of this.lockerMarks) m?.destroy();
  }
}
