import * as Phaser from 'phaser';
import { TILE_SIZE } from '../assets/manifest';
import { DIR_UX, DIR_UY, NO_DIRECTION } from '../sim/flowfield';
import { INFECTED_STATE_NAMES, InfectedState } from '../sim/horde';
import { DIRECTOR_PHASE_NAMES } from '../sim/director';
import { DIFFICULTY, HORDE } from '../sim/tuning';
import type { World } from '../sim/world';

/** Colour per infected state, for the overlay's dots. */
const STATE_COLOURS = [0x9e9e9e, 0xffeb3b, 0xff1744, 0xff9800, 0x40c4ff, 0xd500f9, 0xffffff, 0x8d6e63, 0x76ff03, 0xff4081];
const MAX_RINGS = 32;
const MAX_CONES = 150;

/**
 * Debug overlay (F3 or backquote): the flow field toward the player, sight cones and
 * state colours of infected near the camera, noise rings (fading), piles, and the
 * director's phase, intensity and budget. Off by default; draws nothing while off.
 */
export class DebugOverlay {
  private readonly graphics: Phaser.GameObjects.Graphics;
  private readonly text: Phaser.GameObjects.Text;
  private visible = false;
  // Recent noise rings: x, y, radius, age (seconds), in preallocated arrays.
  private readonly ringX = new Float64Array(MAX_RINGS);
  private readonly ringY = new Float64Array(MAX_RINGS);
  private readonly ringR = new Float64Array(MAX_RINGS);
  private readonly ringAge = new Float64Array(MAX_RINGS).fill(99);
  private nextRing = 0;
  private lastTick = -1;
  private lastDirector = '';
  private readonly onKey = (e: KeyboardEvent): void => {
    if (e.code === 'F3' || e.code === 'Backquote') {
      e.preventDefault();
      this.toggle();
    }
  };

  constructor(private readonly scene: Phaser.Scene) {
    this.graphics = scene.add.graphics().setDepth(50);
    this.text = scene.add.text(8, 8, '', { fontFamily: 'monospace', fontSize: '12px', color: '#e0f7fa', backgroundColor: '#000000a0' });
    this.text.setDepth(51);
    this.graphics.setVisible(false);
    this.text.setVisible(false);
    scene.input.keyboard?.on('keydown', this.onKey);
  }

  get shown(): boolean {
    return this.visible;
  }

  toggle(): void {
    this.visible = !this.visible;
    this.graphics.setVisible(this.visible);
    this.text.setVisible(this.visible);
  }

  update(world: World, deltaSeconds: number): void {
    // Collect noise rings and director decisions even while hidden, so toggling shows recent history.
    if (world.tick !== this.lastTick) {
      this.lastTick = world.tick;
      for (const e of world.events) {
        if (e.type === 'noise') {
          const k = this.nextRing++ % MAX_RINGS;
          this.ringX[k] = e.x;
          this.ringY[k] = e.y;
          this.ringR[k] = e.loudness;
          this.ringAge[k] = 0;
        } else if (e.type === 'directorSpawn') this.lastDirector = `spawn ${e.count} at point ${e.spawnPoint}`;
        else if (e.type === 'directorSkip') this.lastDirector = `skip: ${e.reason}`;
      }
    }
    for (let k = 0; k < MAX_RINGS; k++) this.ringAge[k] = this.ringAge[k]! + deltaSeconds;
    if (!this.visible) return;
    const g = this.graphics;
    g.clear();
    const T = TILE_SIZE;
    const cam = this.scene.cameras.main;
    const view = cam.worldView;
    // Pinned to the top-left of the view at any zoom (scroll factor 0 drifts under zoom).
    this.text.setPosition(view.x + 8 / cam.zoom, view.y + 8 / cam.zoom).setScale(1 / cam.zoom);
    const cx0 = Math.max(0, Math.floor(view.x / T));
    const cy0 = Math.max(0, Math.floor(view.y / T));
    const cx1 = Math.min(world.grid.width - 1, Math.ceil((view.x + view.width) / T));
    const cy1 = Math.min(world.grid.height - 1, Math.ceil((view.y + view.height) / T));

    // Flow field toward the player's cell (when one is cached).
    const p = world.player;
    const goal = Math.floor(p.y) * world.grid.width + Math.floor(p.x);
    let slot = -1;
    for (let s = 0; s < world.fields.size; s++) if (world.fields.goal[s] === goal && world.fields.revision[s] === world.grid.revision) slot = s;
    if (slot >= 0) {
      const dir = world.fields.dir[slot]!;
      g.lineStyle(1, 0x00e5ff, 0.5);
      for (let cy = cy0; cy <= cy1; cy++) {
        for (let cx = cx0; cx <= cx1; cx++) {
          const k = dir[cy * world.grid.width + cx]!;
          if (k === NO_DIRECTION) continue;
          const x = (cx + 0.5) * T;
          const y = (cy + 0.5) * T;
          g.lineBetween(x, y, x + DIR_UX[k]! * T * 0.35, y + DIR_UY[k]! * T * 0.35);
        }
      }
    }

    // Infected: state dots, heading ticks, sight cones for those in view.
    const h = world.horde;
    let cones = 0;
    for (let i = 0; i < h.count; i++) {
      const x = h.x[i]! * T;
      const y = h.y[i]! * T;
      if (x < view.x - T || y < view.y - T || x > view.right + T || y > view.bottom + T) continue;
      const colour = STATE_COLOURS[h.state[i]!] ?? 0xffffff;
      g.fillStyle(0x000000, 0.9);
      g.fillCircle(x, y, 7);
      g.fillStyle(colour, 1);
      g.fillCircle(x, y, 5);
      g.lineStyle(2, colour, 1);
      g.lineBetween(x, y, x + h.headingX[i]! * 12, y + h.headingY[i]! * 12);
      if (cones++ < MAX_CONES && h.state[i] !== InfectedState.Grab) {
        const a = Math.atan2(h.headingY[i]!, h.headingX[i]!);
        g.lineStyle(1, h.seesPlayer[i] ? 0xff1744 : 0xffffff, 0.25);
        g.beginPath();
        g.arc(x, y, DIFFICULTY[world.difficulty].sightRange * T, a - HORDE.sightConeRadians / 2, a + HORDE.sightConeRadians / 2);
        g.strokePath();
      }
      if (h.hasTarget[i]) {
        g.lineStyle(1, 0xffeb3b, 0.3);
        g.lineBetween(x, y, h.targetX[i]! * T, h.targetY[i]! * T);
      }
    }

    // Noise rings fade over a second.
    for (let k = 0; k < MAX_RINGS; k++) {
      const age = this.ringAge[k]!;
      if (age > 1) continue;
      g.lineStyle(2, 0xff9100, 1 - age);
      g.strokeCircle(this.ringX[k]! * T, this.ringY[k]! * T, this.ringR[k]! * T * Math.min(1, 0.3 + age));
    }

    // Piles at climbable walls.
    for (let k = 0; k < world.climbableCells.length; k++) {
      const c = world.climbableCells[k]!;
      const pile = world.pile[c]!;
      if (pile <= 0) continue;
      const x = (c % world.grid.width) * T;
      const y = Math.floor(c / world.grid.width) * T;
      g.fillStyle(world.pileOpen[c] ? 0x76ff03 : 0xff9800, 0.6);
      g.fillRect(x, y + T * (1 - Math.min(1, pile / HORDE.wallHeightBodies)), T, T * Math.min(1, pile / HORDE.wallHeightBodies));
    }

    const d = world.director;
    const counts = new Array<number>(INFECTED_STATE_NAMES.length).fill(0);
    for (let i = 0; i < h.count; i++) counts[h.state[i]!]!++;
    const states = INFECTED_STATE_NAMES.map((n, k) => (counts[k] ? `${n} ${counts[k]}` : '')).filter(Boolean).join('  ');
    this.text.setText([
      `director: ${DIRECTOR_PHASE_NAMES[d.phase]}  intensity ${d.intensity.toFixed(2)}  spawned ${d.spawned}/${d.budget}  ${this.lastDirector}`,
      `infected ${h.count}: ${states}`,
      `fields built ${world.fields.builds}  grid rev ${world.grid.revision}  grabs ${p.grabsTaken}${p.grabbedBy >= 0 ? '  GRABBED' : ''}`,
      'F3 / ` toggles this overlay',
    ]);
  }

  destroy(): void {
    this.scene.input.keyboard?.off('keydown', this.onKey);
    this.graphics.destroy();
    this.text.destroy();
  }
}
