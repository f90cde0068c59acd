import * as Phaser from 'phaser';
import { TILE_SIZE } from '../assets/manifest';
import { Wayfinder, type Waypoint } from '../game/wayfinding';
import type { LevelPoint } from '../sim/level';
import type { World } from '../sim/world';
import { FONT } from '../ui/theme';
import { arrowClearOf, markerLabelRect, type ScreenRect } from '../ui/markerLabel';

/** Frames between path searches (the way changes slowly; the arrow is redrawn every frame). */
const REFRESH_FRAMES = 8;
/** How far in from the screen edge the off-screen arrow sits (CSS px). */
const EDGE_INSET = 34;

/** Where the screen is covered: at the bottom (the touch controls), so the arrow stays above them; and what the label must not sit under. */
export interface MarkerScreen {
  controlsTop(): number | null;
  /** Boxes the distance label keeps out of (screen px): the captions on screen, the HUD's panels, the player and allies. */
  keepOut?(): readonly ScreenRect[];
  /** The HUD's boxes (screen px): a waypoint under them counts as off screen, and the edge arrow stays clear of them. */
  hud?(): readonly ScreenRect[];
}

/**
 * The objective marker: an arrow toward the next waypoint on the way to the current
 * objective (src/game/wayfinding.ts: the next door, or as far along the way as the player
 * can walk straight), with the distance left. On screen it hovers over the waypoint; off
 * screen it sits at the edge pointing at it. A setting turns it off. View only.
 */
export class ObjectiveMarkerView {
  private readonly arrow: Phaser.GameObjects.Graphics;
  private readonly label: Phaser.GameObjects.Text;
  private readonly wayfinder: Wayfinder;
  private waypoint: Waypoint | null = null;
  private frames = 0;
  private time = 0;
  enabled = true;
  /** Where the marker points now, in screen px and tiles (the test API and the screen-only bot read it). */
  readonly shown = { visible: false, screenX: 0, screenY: 0, dirX: 0, dirY: 0, distance: 0, onScreen: false, tileX: 0, tileY: 0, label: { left: 0, top: 0, right: 0, bottom: 0 } as ScreenRect };

  constructor(
    private readonly scene: Phaser.Scene,
    world: World,
    private readonly target: (world: World) => LevelPoint | null,
    private readonly screen: MarkerScreen,
  ) {
    this.wayfinder = new Wayfinder(world.level.width, world.level.height);
    this.arrow = scene.add.graphics().setScrollFactor(0).setDepth(1850);
    this.label = scene.add
      .text(0, 0, '', { fontFamily: FONT, fontSize: '14px', color: '#ffe08a', fontStyle: 'bold', backgroundColor: '#000000a0', padding: { x: 4, y: 1 } })
      .setOrigin(0.5, 0)
      .setScrollFactor(0)
      .setDepth(1850);
  }

  update(world: World, deltaSeconds: number): void {
    this.time += deltaSeconds;
    if (this.frames-- <= 0) {
      this.frames = REFRESH_FRAMES;
      const goal = world.status === 'playing' ? this.target(world) : null;
      this.waypoint = goal ? this.wayfinder.find(world, goal) : null;
    }
    const wp = this.waypoint;
    const show = this.enabled && wp !== null && world.objects.hidingIn < 0;
    this.shown.visible = show;
    this.arrow.setVisible(show);
    this.label.setVisible(show);
    if (!show || !wp) return;

    const cam = this.scene.cameras.main;
    const zoom = cam.zoom || 1;
    // The waypoint in screen px.
    const sx = ((wp.x * TILE_SIZE - cam.worldView.x) * zoom);
    const sy = ((wp.y * TILE_SIZE - cam.worldView.y) * zoom);
    const bottom = Math.min(cam.height, this.screen.controlsTop() ?? cam.height) - EDGE_INSET;
    const hud = this.screen.hud?.() ?? [];
    const underHud = hud.some((b) => sx > b.left && sx < b.right && sy > b.top && sy < b.bottom + EDGE_INSET);
    const onScreen = sx >= EDGE_INSET && sx <= cam.width - EDGE_INSET && sy >= EDGE_INSET + 40 && sy <= bottom && !underHud;
    // From the player's spot on screen toward the waypoint.
    const px = (world.player.x * TILE_SIZE - cam.worldView.x) * zoom;
    const py = (world.player.y * TILE_SIZE - cam.worldView.y) * zoom;
    let dx = sx - px;
    let dy = sy - py;
    const len = Math.sqrt(dx * dx + dy * dy) || 1;
    dx /= len;
    dy /= len;
    let ax: number;
    let ay: number;
    if (onScreen) {
      // Hover above the waypoint, bobbing, pointing down at it.
      ax = sx;
      ay = sy - 26 - Math.sin(this.time * 5) * 4;
    } else {
      // The edge of the uncovered screen along the line from the player.
      const left = EDGE_INSET;
      const right = cam.width - EDGE_INSET;
      const top = EDGE_INSET + 40;
      const tx = dx > 0 ? (right - px) / dx : dx < 0 ? (left - px) / dx : Infinity;
      const ty = dy > 0 ? (bottom - py) / dy : dy < 0 ? (top - py) / dy : Infinity;
      const t = Math.max(0, Math.min(tx, ty));
      ax = Math.min(right, Math.max(left, px + dx * t));
      ay = Math.min(bottom, Math.max(top, py + dy * t));
      // Not under the HUD's panels at the top left: back along the line until clear of them.
      const clear = arrowClearOf(ax, ay, px, py, hud, 18);
      ax = clear.x;
      ay = clear.y;
    }
    const dirX = onScreen ? 0 : dx;
    const dirY = onScreen ? 1 : dy;
    Object.assign(this.shown, { screenX: ax, screenY: ay, dirX, dirY, distance: wp.distance, onScreen, tileX: wp.x, tileY: wp.y });

    // Draw in screen px: undo the zoom about the camera centre (scrollFactor 0 still zooms).
    const cx = cam.width / 2;
    const cy = cam.height / 2;
    const g = this.arrow;
    g.clear();
    g.setScale(1 / zoom);
    g.setPosition(cx + (ax - cx) / zoom, cy + (ay - cy) / zoom);
    const nx = -dirY;
    const ny = dirX;
    const s = 13;
    g.fillStyle(0x000000, 0.55);
    g.fillTriangle(dirX * (s + 3), dirY * (s + 3), -dirX * s + nx * (s + 3), -dirY * s + ny * (s + 3), -dirX * s - nx * (s + 3), -dirY * s - ny * (s + 3));
    g.fillStyle(0xffd24a, 1);
    g.fillTriangle(dirX * s, dirY * s, -dirX * (s - 3) + nx * s, -dirY * (s - 3) + ny * s, -dirX * (s - 3) - nx * s, -dirY * (s - 3) - ny * s);
    const text = `${wp.distance} m`;
    if (this.label.text !== text) this.label.setText(text);
    this.label.setScale(1 / zoom);
    // Clear of the touch controls, the captions and the HUD: under (or over) the arrow where that is free, else beside it.
    const covered = Math.min(cam.height, this.screen.controlsTop() ?? cam.height);
    const box = markerLabelRect({ x: ax, y: ay }, onScreen, s, { width: this.label.width, height: this.label.height }, { width: cam.width, coveredFrom: covered }, this.screen.keepOut?.() ?? []);
    this.shown.label = box;
    this.label.setPosition(cx + ((box.left + box.right) / 2 - cx) / zoom, cy + (box.top - cy) / zoom);
  }

  destroy(): void {
    this.arrow.destroy();
    this.label.destroy();
  }
}
