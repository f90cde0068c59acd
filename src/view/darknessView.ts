import * as Phaser from 'phaser';
import { FxFrame } from '../assets/frames';
import { TILE_SIZE } from '../assets/manifest';
import { Tile } from '../sim/grid';
import type { World } from '../sim/world';
import { PHONE } from '../sim/tuning';
import type { ScreenRect } from '../ui/markerLabel';
import { DARK_DEPTH, EYES_DEPTH } from './depths';

/** How dark an unlit cell is drawn (0 = lit, 1 = black). */
const DARKNESS_ALPHA = 0.82;
/** The darkness layer's pixels are this many world pixels (it is soft; half resolution is plenty). */
const DARK_SCALE = 2;
/**
 * The `light` image (128 px, alpha falling linearly to 0 at its edge) is erased from the
 * darkness at its own size, so at DARK_SCALE 2 the light reaches 4 tiles: fully lit at the
 * player, about half dark at 3 tiles (HORDE.darkSightRange: as far as the infected see you).
 */
const LIGHT_KEY = 'light';
const LIGHT_HALF = 64;
/**
 * The phone's flashlight (chapter 3): the `flashlight` cone image (256x192, apex at its
 * left middle, 28 deg half angle) erased at this scale reaches PHONE.beamReach tiles.
 */
const BEAM_KEY = 'flashlight';
const BEAM_SCALE = (PHONE.beamReach * TILE_SIZE) / DARK_SCALE / 256;
/** Half the square the beam can cover, in layer pixels (what is re-shaded when it moves). */
const BEAM_HALF = Math.ceil((PHONE.beamReach * TILE_SIZE) / DARK_SCALE);
/** The beam turns in steps of this many radians (a small turn redraws nothing). */
const BEAM_TURN_STEP = Math.PI / 36;
/** The light moves in steps of this many world pixels (a multiple of DARK_SCALE): a slow walk redraws less often. */
const LIGHT_STEP = 4;
/** The glowing eyes sit on the infected's head (its sprite's origin is at the feet). */
const EYES_OFFSET_Y = -12;
const EYES_SCALE = 0.7;

/** One RenderTexture over one dark area (and the walls around it). */
interface DarkPatch {
  readonly layer: Phaser.GameObjects.RenderTexture;
  /** Runs of shaded cells, in layer pixels: x, y, width, height per run. */
  readonly runs: Int32Array;
  /** The patch's top-left in world pixels, and its size in layer pixels. */
  readonly originX: number;
  readonly originY: number;
  readonly width: number;
  readonly height: number;
}

/**
 * Draws the level's dark areas (world.dark) dark, with a soft light around the player,
 * and the infected's eyes glowing red above the darkness so they read in it.
 *
 * Each dark rectangle of the level gets one RenderTexture (a patch) over it and the walls
 * around it, at half resolution. At the start every shaded cell (the dark cells, and the
 * walls bordering them that no lit floor touches, so a dark room's walls go dark with it)
 * is filled once. Each frame only where the light was and is changes, and only in the
 * patches it touches: the old light's square is cleared and refilled from the
 * precomputed runs of shaded cells, and the light image is erased at the new spot; when
 * the player has not moved a light step (4 px), nothing is drawn. Phaser 4 queues draw
 * commands, so each change ends with render(). Fill, clear and erase work the same in
 * Canvas and WebGL. The eyes are pooled images, shown for awake infected standing in
 * dark cells and not facing away.
 */
export class DarknessView {
  private readonly patches: DarkPatch[] = [];
  /** The player's light's last centre in world pixels, rounded to layer pixels (NaN: none yet). */
  private lightX = Number.NaN;
  private lightY = Number.NaN;
  /** What was drawn last: the phone's screen glow (off once the phone is dead), the beam and its angle. */
  private glowOn = true;
  private beamAngle = Number.NaN;
  private beam: Phaser.GameObjects.Image | null = null;
  private readonly eyes: Phaser.GameObjects.Image[] = [];
  private time = 0;

  constructor(
    private readonly scene: Phaser.Scene,
    world: World,
  ) {
    const { width, height, tiles } = world.grid;
    const dark = world.dark;
    const walkableLit = (x: number, y: number): boolean => {
      if (x < 0 || y < 0 || x >= width || y >= height) return false;
      const i = y * width + x;
      return dark[i] === 0 && (tiles[i] === Tile.Floor || tiles[i] === Tile.Door);
    };
    const shaded = new Uint8Array(width * height);
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const i = y * width + x;
        if (dark[i] === 1) {
          shaded[i] = 1;
          continue;
        }
        if (tiles[i] === Tile.Floor || tiles[i] === Tile.Door) continue;
        // A wall next to the dark, and not next to any lit floor: part of the dark room.
        let nearDark = false;
        let nearLit = false;
        for (let dy = -1; dy <= 1; dy++) {
          for (let dx = -1; dx <= 1; dx++) {
            const nx = x + dx;
            const ny = y + dy;
            if (nx < 0 || ny < 0 || nx >= width || ny >= height) continue;
            if (dark[ny * width + nx] === 1) nearDark = true;
            if (walkableLit(nx, ny)) nearLit = true;
          }
        }
        if (nearDark && !nearLit) shaded[i] = 1;
      }
    }

    // One patch per dark rectangle, grown by a cell for its walls; a cell shared by two
    // rectangles is drawn by the first only.
    const cell = TILE_SIZE / DARK_SCALE;
    for (const r of world.level.dark ?? []) {
      const x0 = Math.max(0, r.x - 1);
      const y0 = Math.max(0, r.y - 1);
      const x1 = Math.min(width, r.x + r.w + 1);
      const y1 = Math.min(height, r.y + r.h + 1);
      // Runs of shaded cells per row; a run under an identical one grows it downwards, so
      // a corridor is a few rectangles (few fills per redraw).
      const runs: number[] = [];
      const openRuns = new Map<number, number>(); // start + end * width -> index in runs
      for (let y = y0; y < y1; y++) {
        for (let x = x0; x < x1; ) {
          if (shaded[y * width + x] !== 1) {
            x++;
            continue;
          }
          const start = x;
          while (x < x1 && shaded[y * width + x] === 1) shaded[y * width + x++] = 2;
          const key = start + x * width;
          const above = openRuns.get(key);
          if (above !== undefined && runs[above + 1]! + runs[above + 3]! === (y - y0) * cell) runs[above + 3] = runs[above + 3]! + cell;
          else {
            openRuns.set(key, runs.length);
            runs.push((start - x0) * cell, (y - y0) * cell, (x - start) * cell, cell);
          }
        }
      }
      if (runs.length === 0) continue;
      const patch: DarkPatch = {
        layer: scene.add
          .renderTexture(x0 * TILE_SIZE, y0 * TILE_SIZE, (x1 - x0) * cell, (y1 - y0) * cell)
          .setOrigin(0, 0)
          .setScale(DARK_SCALE)
          .setDepth(DARK_DEPTH),
        runs: Int32Array.from(runs),
        originX: x0 * TILE_SIZE,
        originY: y0 * TILE_SIZE,
        width: (x1 - x0) * cell,
        height: (y1 - y0) * cell,
      };
      shade(patch, 0, 0, patch.width, patch.height);
      patch.layer.render();
      this.patches.push(patch);
    }
  }

  update(world: World, alpha: number, deltaSeconds = 1 / 60): void {
    if (this.patches.length === 0) return;
    this.time += deltaSeconds;
    const p = world.player;
    // In steps of LIGHT_STEP world pixels: moving less than that redraws nothing.
    const lx = Math.round(((p.prevX + (p.x - p.prevX) * alpha) * TILE_SIZE) / LIGHT_STEP) * LIGHT_STEP;
    const ly = Math.round(((p.prevY + (p.y - p.prevY) * alpha) * TILE_SIZE) / LIGHT_STEP) * LIGHT_STEP;
    // The round light is the phone's screen (none once it is dead); the beam is its flashlight.
    const phone = world.phone;
    const glowOn = phone === null || phone.battery > 0;
    const beamAngle = phone !== null && phone.flashlight ? Math.round(Math.atan2(p.facingY, p.facingX) / BEAM_TURN_STEP) * BEAM_TURN_STEP : Number.NaN;
    const beamChanged = !(beamAngle === this.beamAngle || (Number.isNaN(beamAngle) && Number.isNaN(this.beamAngle)));
    if (lx !== this.lightX || ly !== this.lightY || glowOn !== this.glowOn || beamChanged) {
      const oldHalf = Number.isNaN(this.beamAngle) ? LIGHT_HALF : BEAM_HALF;
      const newHalf = Number.isNaN(beamAngle) ? LIGHT_HALF : BEAM_HALF;
      if (!Number.isNaN(beamAngle)) {
        this.beam ??= this.scene.make.image({ key: BEAM_KEY, add: false } as Phaser.Types.GameObjects.Sprite.SpriteConfig).setOrigin(0, 0.5).setScale(BEAM_SCALE);
        this.beam.setRotation(beamAngle);
      }
      for (const patch of this.patches) {
        const oldX = (this.lightX - patch.originX) / DARK_SCALE;
        const oldY = (this.lightY - patch.originY) / DARK_SCALE;
        const newX = (lx - patch.originX) / DARK_SCALE;
        const newY = (ly - patch.originY) / DARK_SCALE;
        const wasOn = touches(patch, oldX, oldY, oldHalf);
        const isOn = touches(patch, newX, newY, newHalf);
        if (!wasOn && !isOn) continue;
        if (wasOn) shade(patch, oldX - oldHalf, oldY - oldHalf, oldHalf * 2, oldHalf * 2);
        if (isOn && glowOn) patch.layer.erase(LIGHT_KEY, newX, newY);
        if (isOn && this.beam && !Number.isNaN(beamAngle)) patch.layer.erase(this.beam, newX, newY);
        patch.layer.render();
      }
      this.lightX = lx;
      this.lightY = ly;
      this.glowOn = glowOn;
      this.beamAngle = beamAngle;
    }
    this.updateEyes(world, alpha);
  }

  private updateEyes(world: World, alpha: number): void {
    const h = world.horde;
    const width = world.grid.width;
    const dark = world.dark;
    let shown = 0;
    for (let i = 0; i < h.count; i++) {
      const x = h.prevX[i]! + (h.x[i]! - h.prevX[i]!) * alpha;
      const y = h.prevY[i]! + (h.y[i]! - h.prevY[i]!) * alpha;
      // Asleep: eyes shut. Facing away (up the screen): the back of the head.
      if (h.asleep[i] === 1 || h.headingY[i]! < -0.75) continue;
      if (dark[Math.floor(y) * width + Math.floor(x)] !== 1) continue;
      let eye = this.eyes[shown];
      if (!eye) {
        eye = this.scene.add.image(0, 0, 'fx', FxFrame.EyeGlow).setDepth(EYES_DEPTH).setScale(EYES_SCALE);
        this.eyes.push(eye);
      }
      if (!eye.visible) eye.setVisible(true);
      // A slow flicker, out of step between infected.
      eye.setAlpha(0.75 + 0.25 * Math.sin(this.time * 5 + h.id[i]! * 1.7));
      eye.setPosition(x * TILE_SIZE, y * TILE_SIZE + EYES_OFFSET_Y);
      shown++;
    }
    for (let k = shown; k < this.eyes.length; k++) {
      const eye = this.eyes[k]!;
      if (eye.visible) eye.setVisible(false);
    }
  }

  /** Each dark patch's rectangle in world px (what a room sign over it must draw above). */
  get areas(): ScreenRect[] {
    return this.patches.map((p) => ({ left: p.originX, top: p.originY, right: p.originX + p.width * DARK_SCALE, bottom: p.originY + p.height * DARK_SCALE }));
  }

  /** Eye images created so far (the pool only grows to the most shown at once). */
  get eyePoolSize(): number {
    return this.eyes.length;
  }

  destroy(): void {
    for (const patch of this.patches) patch.layer.destroy();
    this.patches.length = 0;
    for (const e of this.eyes) e.destroy();
    this.eyes.length = 0;
    this.beam?.destroy();
    this.beam = null;
  }
}

/** Whether the light centred at (x, y) in the patch's layer pixels overlaps it (false for NaN). */
function touches(patch: DarkPatch, x: number, y: number, half = LIGHT_HALF): boolean {
  return x + half > 0 && y + half > 0 && x - half < patch.width && y - half < patch.height;
}

/** Clears a box of a patch and refills its shaded cells there (queued; render() draws). */
function shade(patch: DarkPatch, x: number, y: number, w: number, h: number): void {
  const x0 = Math.max(0, x);
  const y0 = Math.max(0, y);
  const x1 = Math.min(patch.width, x + w);
  const y1 = Math.min(patch.height, y + h);
  if (x1 <= x0 || y1 <= y0) return;
  patch.layer.clear(x0, y0, x1 - x0, y1 - y0);
  const runs = patch.runs;
  for (let r = 0; r < runs.length; r += 4) {
    const rx0 = Math.max(x0, runs[r]!);
    const ry0 = Math.max(y0, runs[r + 1]!);
    const rx1 = Math.min(x1, runs[r]! + runs[r + 2]!);
    const ry1 = Math.min(y1, runs[r + 1]! + runs[r + 3]!);
    if (rx1 > rx0 && ry1 > ry0) patch.layer.fill(0x000000, DARKNESS_ALPHA, rx0, ry0, rx1 - rx0, ry1 - ry0);
  }
}
