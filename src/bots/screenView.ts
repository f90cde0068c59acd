import { TILE_SIZE } from '../assets/manifest';
import { cuesForEvent } from '../audio/cues';
import type { ChapterDefinition } from '../chapters/definition';
import { objectiveTarget } from '../chapters/wayfinding';
import { Wayfinder } from '../game/wayfinding';
import { defaultBindings } from '../input/bindings';
import { DIFFICULTY, VARIANT_NAMES, type VariantName } from '../sim/tuning';
import { interactionInReach, type InteractionKind } from '../sim/interact';
import type { World } from '../sim/world';
import { interactionPrompt } from '../ui/prompts';
import { zoomFor } from '../view/camera';
import { infectedDrawing, type InfectedAnim, type ThreatMarker } from '../view/infectedLook';

/** The screen the bot plays on: the game's desktop size (zoomFor gives 13 tiles on the short side, or the chapter's camera). */
export const SCREEN_WIDTH = 1280;
export const SCREEN_HEIGHT = 720;
/** The camera's follow lerp (ChapterScene: cam.startFollow(sprite, true, 0.2, 0.2)), once per frame at 60 Hz. */
const CAMERA_LERP = 0.2;
/** Frames between the marker's path searches (objectiveMarkerView.ts REFRESH_FRAMES + 1). */
const MARKER_REFRESH = 9;
/** objectiveMarkerView.ts EDGE_INSET (screen px): nearer the edge, the marker is the edge arrow. */
const MARKER_INSET = 34;
/** How long a caption stays readable for the bot (ticks; the caption view shows them ~4 s). */
const CAPTION_TICKS = 4 * 60;
/** Unknown cell (never on screen). */
export const UNKNOWN = -1;

/** An infected as drawn: where, its ring (variant), its pose (the state the look shows), which way it moves. */
export interface ScreenInfected {
  x: number;
  y: number;
  variant: VariantName;
  /** The pose it is drawn in (src/view/infectedLook.ts: 'windup', 'sprint', 'asleep', 'knocked'...), not its sim state. */
  pose: InfectedAnim;
  /** What floats over it: the wind-up's "!", a sleeper's Zzz, a knocked one's stars. */
  marker: ThreatMarker;
  /** Zzz over a sleeper. */
  asleep: boolean;
  /** Facing (the sprite's rotation). */
  headingX: number;
  headingY: number;
  /** Motion since the last tick (tiles per tick): what a player sees it do. */
  vx: number;
  vy: number;
}

/** The objective marker as drawn: the arrow's direction, the distance label, and the waypoint itself when it is on screen. */
export interface ScreenMarker {
  dirX: number;
  dirY: number;
  /** The label: tiles still to walk. */
  distance: number;
  /** The marker hovers over the waypoint (inside the camera's view). */
  onScreen: boolean;
  /** The waypoint cell's centre (only when onScreen; NaN otherwise). */
  x: number;
  y: number;
}

export interface ScreenPrompt {
  kind: InteractionKind;
  /** The prompt's text, as the player reads it ("E  Open"). */
  text: string;
  /** The cell the prompt floats over. */
  x: number;
  y: number;
}

export interface ScreenCaption {
  text: string;
  /** The caption's direction arrow as a unit vector; (0, 0) for '•' (here, or no direction). */
  dirX: number;
  dirY: number;
  tick: number;
}

export interface ScreenHud {
  grabsLeft: number;
  stamina: number;
  hasExtinguisher: boolean;
  pressure: number;
  objective: string;
  /** The grab line is up ("Mash E"). */
  grabbed: boolean;
  /** The player is in a locker (the objective line says so). */
  hiding: boolean;
  /** Replies the phone's chat offers now (the phone panel lists them), 0 when none. */
  chatReplies: number;
}

/**
 * What a player sees on a 1280x720 screen, and nothing more, for the screen-only bot
 * (screenBot.ts). Each `observe(world)` (once per tick) reads the World only through what
 * the game draws: the cells and infected inside the camera's rectangle (the camera follows
 * the player with the game's lerp and is clamped to the map), the objective marker
 * (Wayfinder on the chapter's objectiveTarget, as ObjectiveMarkerView computes it), the
 * use prompt, the captions (beat and sound captions with their direction arrow) and the
 * HUD. Cells seen once are remembered (as a player remembers the way); everything else
 * reads as unknown. The World itself is never handed to the bot.
 */
export class ScreenView {
  readonly width: number;
  readonly height: number;
  /** The camera's view in tiles (left, top, size): what is on screen now. */
  readonly camera = { x: 0, y: 0, w: 0, h: 0 };
  tick = 0;
  readonly player = { x: 0, y: 0, facingX: 1, facingY: 0 };
  readonly infected: ScreenInfected[] = [];
  marker: ScreenMarker | null = null;
  prompt: ScreenPrompt | null = null;
  readonly captions: ScreenCaption[] = [];
  readonly hud: ScreenHud = { grabsLeft: 0, stamina: 1, hasExtinguisher: false, pressure: 0, objective: '', grabbed: false, hiding: false, chatReplies: 0 };
  /** Per cell: the Tile kind last seen there, UNKNOWN if never on screen. */
  private readonly known: Int8Array;
  /** Per cell: 1 where a door was last seen shut (0: open, broken or no door). */
  private readonly shut: Uint8Array;
  /** Per cell: 1 where foam was on screen at the last look. */
  private readonly foam: Uint8Array;
  private readonly wayfinder: Wayfinder;
  private readonly bindings = defaultBindings();
  private camX = NaN;
  private camY = NaN;
  private markerFrames = 0;

  constructor(private readonly def: ChapterDefinition, world: World) {
    this.width = world.level.width;
    this.height = world.level.height;
    this.known = new Int8Array(this.width * this.height).fill(UNKNOWN);
    this.shut = new Uint8Array(this.width * this.height);
    this.foam = new Uint8Array(this.width * this.height);
    this.wayfinder = new Wayfinder(this.width, this.height);
    const zoom = zoomFor(SCREEN_WIDTH, SCREEN_HEIGHT, def.camera);
    this.camera.w = SCREEN_WIDTH / zoom / TILE_SIZE;
    this.camera.h = SCREEN_HEIGHT / zoom / TILE_SIZE;
  }

  /** The Tile kind at a cell as last seen, UNKNOWN where it was never on screen (or off the map). */
  tileAt(x: number, y: number): number {
    if (x < 0 || y < 0 || x >= this.width || y >= this.height) return UNKNOWN;
    return this.known[y * this.width + x]!;
  }

  /** A door seen shut there (last time it was on screen). */
  shutAt(x: number, y: number): boolean {
    return x >= 0 && y >= 0 && x < this.width && y < this.height && this.shut[y * this.width + x] === 1;
  }

  /** Foam on that cell, if it is on screen now. */
  foamAt(x: number, y: number): boolean {
    return x >= 0 && y >= 0 && x < this.width && y < this.height && this.foam[y * this.width + x] === 1 && this.onScreen(x + 0.5, y + 0.5);
  }

  /** Whether a point (tiles) is inside the camera's view now. */
  onScreen(x: number, y: number): boolean {
    const c = this.camera;
    return x >= c.x && x <= c.x + c.w && y >= c.y && y <= c.y + c.h;
  }

  /** ObjectiveMarkerView's test: the waypoint hovers over itself only this far inside the screen's edges, else the arrow sits at the edge. */
  private markerOnScreen(x: number, y: number): boolean {
    const scale = SCREEN_WIDTH / this.camera.w;
    const sx = (x - this.camera.x) * scale;
    const sy = (y - this.camera.y) * scale;
    return sx >= MARKER_INSET && sx <= SCREEN_WIDTH - MARKER_INSET && sy >= MARKER_INSET + 40 && sy <= SCREEN_HEIGHT - MARKER_INSET;
  }

  /** Reads the screen after a step (call once per tick, after the chapter's beats ran). */
  observe(world: World): void {
    this.tick = world.tick;
    const p = world.player;
    this.player.x = p.x;
    this.player.y = p.y;
    this.player.facingX = p.facingX;
    this.player.facingY = p.facingY;
    this.moveCamera(p.x, p.y);
    const cam = this.camera;

    // The cells the view covers (partly covered ones show too).
    const x0 = Math.max(0, Math.floor(cam.x));
    const y0 = Math.max(0, Math.floor(cam.y));
    const x1 = Math.min(this.width - 1, Math.ceil(cam.x + cam.w) - 1);
    const y1 = Math.min(this.height - 1, Math.ceil(cam.y + cam.h) - 1);
    const grid = world.grid;
    for (let y = y0; y <= y1; y++) {
      for (let x = x0; x <= x1; x++) {
        const c = y * this.width + x;
        this.known[c] = world.level.tiles[c]!;
        const d = grid.doorAt[c] ?? -1;
        const door = d >= 0 ? world.doors[d] : undefined;
        this.shut[c] = door && !door.open && !door.broken ? 1 : 0;
        this.foam[c] = (world.foam[c] ?? 0) > 0 ? 1 : 0;
      }
    }

    // The infected drawn inside the view.
    this.infected.length = 0;
    const h = world.horde;
    for (let i = 0; i < h.count; i++) {
      const x = h.x[i]!;
      const y = h.y[i]!;
      if (!this.onScreen(x, y)) continue;
      this.infected.push({
        x,
        y,
        variant: VARIANT_NAMES[h.variant[i]!] ?? 'sprinter',
        // As hordeView draws it: the pose from the state, a sleeper's Zzz, whether it moves.
        ...poseOf(h.state[i]!, h.asleep[i] === 1, h.stateTimer[i]!, Math.abs(h.vx[i]!) + Math.abs(h.vy[i]!) > 0.2),
        asleep: h.asleep[i] === 1,
        headingX: h.headingX[i]!,
        headingY: h.headingY[i]!,
        vx: x - h.prevX[i]!,
        vy: y - h.prevY[i]!,
      });
    }

    // The marker, refreshed as often as the view refreshes it; hidden while hiding.
    if (this.markerFrames-- <= 0) {
      this.markerFrames = MARKER_REFRESH - 1;
      const goal = world.status === 'playing' ? objectiveTarget(this.def, world) : null;
      const wp = goal ? this.wayfinder.find(world, goal) : null;
      if (wp) {
        const dx = wp.x - p.x;
        const dy = wp.y - p.y;
        const len = Math.sqrt(dx * dx + dy * dy) || 1;
        this.marker = { dirX: dx / len, dirY: dy / len, distance: wp.distance, onScreen: false, x: wp.x, y: wp.y };
      } else this.marker = null;
      this.markerAt = this.marker ? { x: this.marker.x, y: this.marker.y } : null;
    }
    if (this.marker && this.markerAt) {
      // The arrow points from the player (who moves between refreshes) to the waypoint.
      const dx = this.markerAt.x - p.x;
      const dy = this.markerAt.y - p.y;
      const len = Math.sqrt(dx * dx + dy * dy) || 1;
      this.marker.dirX = dx / len;
      this.marker.dirY = dy / len;
      this.marker.onScreen = this.markerOnScreen(this.markerAt.x, this.markerAt.y);
      this.marker.x = this.marker.onScreen ? this.markerAt.x : NaN;
      this.marker.y = this.marker.onScreen ? this.markerAt.y : NaN;
    }
    if (world.objects.hidingIn >= 0) this.marker = null;

    const it = world.status === 'playing' ? interactionInReach(world) : null;
    this.prompt = it ? { kind: it.kind, text: interactionPrompt(it, world, 'keyboard', this.bindings), x: it.x, y: it.y } : null;

    // Captions: this tick's cues that carry one, with the arrow the caption view draws.
    for (let k = this.captions.length - 1; k >= 0; k--) if (world.tick - this.captions[k]!.tick > CAPTION_TICKS) this.captions.splice(k, 1);
    for (const e of world.events) {
      for (const cue of cuesForEvent(e as unknown as { type: string } & Record<string, unknown>, world)) {
        if (!cue.caption) continue;
        const dx = cue.x === undefined ? 0 : cue.x - p.x;
        const dy = cue.y === undefined ? 0 : cue.y - p.y;
        this.captions.push({ text: cue.caption, ...arrowOf(dx, dy), tick: world.tick });
      }
    }

    const maxGrabs = DIFFICULTY[world.difficulty].grabHealth;
    this.hud.grabsLeft = Math.max(0, maxGrabs - p.grabsTaken);
    this.hud.stamina = p.stamina;
    this.hud.hasExtinguisher = world.extinguisher.hasExtinguisher;
    this.hud.pressure = world.extinguisher.hasExtinguisher ? world.extinguisher.pressure : 0;
    this.hud.objective = this.def.objective ? this.def.objective(world) : '';
    this.hud.grabbed = p.grabbedBy >= 0;
    this.hud.hiding = world.objects.hidingIn >= 0;
    // The phone's chat shows its replies while a question is open (and the phone has charge).
    this.hud.chatReplies = world.phone !== null && world.phone.battery > 0 ? world.phone.replies.length : 0;
  }

  private markerAt: { x: number; y: number } | null = null;

  /** A retry: the camera jumps to the restored player, the captions are cleared; what was seen stays remembered. */
  restart(): void {
    this.camX = NaN;
    this.camY = NaN;
    this.markerFrames = 0;
    this.captions.length = 0;
  }

  /** Phaser's follow: the view's centre moves a fifth of the way to the player each frame, clamped to the map. */
  private moveCamera(px: number, py: number): void {
    const c = this.camera;
    if (Number.isNaN(this.camX)) {
      this.camX = px;
      this.camY = py;
    } else {
      this.camX += (px - this.camX) * CAMERA_LERP;
      this.camY += (py - this.camY) * CAMERA_LERP;
    }
    c.x = clamp(this.camX - c.w / 2, 0, Math.max(0, this.width - c.w));
    c.y = clamp(this.camY - c.h / 2, 0, Math.max(0, this.height - c.h));
    // Where the map is smaller than the view, the map sits centred (fitCamera pads the bounds).
    if (this.width < c.w) c.x = (this.width - c.w) / 2;
    if (this.height < c.h) c.y = (this.height - c.h) / 2;
  }
}

function poseOf(state: number, asleep: boolean, stateTimer: number, moving: boolean): { pose: InfectedAnim; marker: ThreatMarker } {
  const look = infectedDrawing(state, asleep, stateTimer, moving);
  return { pose: look.anim, marker: look.marker };
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, v));
}

/** The caption's arrow (src/audio/mix.ts directionArrow: 8 ways, '•' within 1.5 tiles) as a unit vector. */
function arrowOf(dx: number, dy: number): { dirX: number; dirY: number } {
  if (Math.hypot(dx, dy) < 1.5) return { dirX: 0, dirY: 0 };
  const a = Math.round(Math.atan2(dy, dx) / (Math.PI / 4)) * (Math.PI / 4);
  return { dirX: Math.cos(a), dirY: Math.sin(a) };
}
