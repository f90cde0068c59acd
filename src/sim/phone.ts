import type { World } from './world';
import type { Intent } from './intent';
import { emitNoise } from './noise';
import { queryBox } from './spatialHash';
import { crossedCells, walkSegment } from './grid';
import { InfectedState } from './horde';
import { BREATH, PHONE, TICK_SECONDS } from './tuning';

/**
 * The phone and the player's breath (chapter 3, "Low Battery"). Both are optional parts of
 * the World (`WorldOptions.phone`, `WorldOptions.breathing`): null in a chapter without them,
 * so chapter 1 plays (and hashes) exactly as before.
 *
 * The phone: a battery in percent that drains slowly with the screen on, fast with the
 * flashlight, and by PHONE.messageCost per reply sent. The flashlight (a press of the
 * intent's `flashlight` toggles it) lets the infected see the player from
 * PHONE.litSightRange even in the dark (perception.ts), shows the player infected in its
 * beam (sightings.ts), and its glow under a closed door draws an infected close by. The
 * chapter's group chat asks questions through the script facade (`phoneAsk`); the
 * intent's `reply` answers the open one. At 0 % the phone is dead: no light, no messages,
 * no replies.
 *
 * Breath: with `breathing` on, the player breathes a quiet noise every second while an
 * awake infected is within earshot; holding the breath (`holdBreath`) is silent but
 * spends stamina, and running out is a gasp.
 */
export interface PhoneState {
  /** Percent, 0..100. */
  battery: number;
  flashlight: boolean;
  /** The flashlight button's previous state, for press detection. */
  flashlightHeld: boolean;
  /** The open question's id ('' when none) and the replies it offers (1..3). */
  question: string;
  replies: string[];
  /** Seconds until the next check of the glow under the door. */
  glowTimer: number;
}

export interface BreathState {
  /** Holding the breath this tick. */
  held: boolean;
  /** Seconds to the next breath. */
  timer: number;
}

export function createPhone(battery: number = PHONE.startBattery): PhoneState {
  return { battery: Math.min(100, Math.max(0, battery)), flashlight: false, flashlightHeld: false, question: '', replies: [], glowTimer: 0 };
}

export function createBreath(): BreathState {
  return { held: false, timer: BREATH.everySeconds };
}

/** Whether the phone still has charge (a dead phone shows nothing and sends nothing). */
export function phoneAlive(world: World): boolean {
  return world.phone !== null && world.phone.battery > 0;
}

/** Whether the player is lit by the flashlight now. */
export function playerLit(world: World): boolean {
  return world.phone !== null && world.phone.flashlight;
}

/** Spends `percent` of the battery; at 0 the phone dies (light off, the open question gone). */
export function drainPhone(world: World, percent: number): void {
  const ph = world.phone;
  if (ph === null || ph.battery <= 0) return;
  ph.battery = Math.max(0, ph.battery - percent);
  if (ph.battery > 0) return;
  ph.flashlight = false;
  ph.question = '';
  ph.replies = [];
  world.events.push({ type: 'phoneDied' });
}

/**
 * One tick of the phone: the flashlight press, the drain, a reply to the open question,
 * and the glow under the door. Runs after the player moves, before the horde, so the
 * infected notice this tick's light.
 */
export function updatePhone(world: World, intent: Intent): void {
  const ph = world.phone;
  if (ph === null) return;
  const pressed = intent.flashlight === true && !ph.flashlightHeld;
  ph.flashlightHeld = intent.flashlight === true;
  if (pressed && ph.battery > 0) {
    ph.flashlight = !ph.flashlight;
    world.events.push({ type: 'flashlightToggled', on: ph.flashlight });
  }
  drainPhone(world, (PHONE.drainPerSecond + (ph.flashlight ? PHONE.flashlightDrainPerSecond : 0)) * TICK_SECONDS);

  const reply = intent.reply ?? 0;
  if (reply >= 1 && reply <= ph.replies.length && ph.battery > 0 && ph.question !== '') {
    const question = ph.question;
    const text = ph.replies[reply - 1]!;
    ph.question = '';
    ph.replies = [];
    world.events.push({ type: 'phoneReplied', question, choice: reply, text });
    drainPhone(world, PHONE.messageCost);
  }

  ph.glowTimer -= TICK_SECONDS;
  if (ph.glowTimer <= 0) {
    ph.glowTimer += PHONE.glowEverySeconds;
    if (ph.flashlight) glowUnderDoor(world);
  }
}

const glowScratch = new Int32Array(1024);

/**
 * The flashlight's glow leaks under a closed door: an idle or searching infected within
 * PHONE.glowRange whose line to the player is blocked by exactly one closed door (and no
 * wall) notices it and comes to look (it searches at the player's position, so its way
 * leads to the door, which it then bashes).
 */
function glowUnderDoor(world: World): void {
  const p = world.player;
  const h = world.horde;
  const r = PHONE.glowRange;
  const n = queryBox(world.hash, p.x - r, p.y - r, p.x + r, p.y + r, glowScratch);
  for (let k = 0; k < n; k++) {
    const i = glowScratch[k]!;
    if (i >= h.count || h.hunter[i] === 1) continue;
    const st = h.state[i]!;
    if (st !== InfectedState.Idle && st !== InfectedState.Search) continue;
    const dx = h.x[i]! - p.x;
    const dy = h.y[i]! - p.y;
    if (dx * dx + dy * dy > r * r) continue;
    if (!onlyADoorBetween(world, h.x[i]!, h.y[i]!, p.x, p.y)) continue;
    h.targetX[i] = p.x;
    h.targetY[i] = p.y;
    h.hasTarget[i] = 1;
    h.asleep[i] = 0;
    h.state[i] = InfectedState.Search;
    h.searchLooking[i] = 0;
    world.events.push({ type: 'glowNoticed', agent: h.id[i]!, x: h.x[i]!, y: h.y[i]! });
  }
}

/** True when the line from (x0, y0) to (x1, y1) crosses exactly one opaque cell and it is a closed door. */
function onlyADoorBetween(world: World, x0: number, y0: number, x1: number, y1: number): boolean {
  const grid = world.grid;
  const m = walkSegment(grid, x0, y0, x1, y1);
  if (m < 0) return false;
  const cells = crossedCells();
  let doors = 0;
  for (let k = 0; k < m; k++) {
    const c = cells[k]!;
    if (grid.opaque[c] !== 1) continue;
    if (grid.doorAt[c]! < 0) return false;
    doors++;
  }
  return doors === 1;
}

const breathScratch = new Int32Array(1024);

/**
 * Holding the breath, before the player moves (updatePlayer does not refill stamina
 * while it is held): spends stamina; at 0 the player gasps (a loud noise) and is winded.
 * Not holding it, a breath is a quiet noise every BREATH.everySeconds, made only while an
 * awake infected is within its loudness (nobody else could hear it; this keeps the
 * noise queue and the events quiet).
 */
export function updateBreath(world: World, intent: Intent): void {
  const b = world.breath;
  if (b === null) return;
  const p = world.player;
  b.held = intent.holdBreath === true && !p.exhausted && p.stamina > 0 && world.objects.hidingIn < 0;
  if (b.held) {
    p.stamina = Math.max(0, p.stamina - TICK_SECONDS / BREATH.holdSeconds);
    if (p.stamina === 0) {
      b.held = false;
      p.exhausted = true;
      emitNoise(world, p.x, p.y, BREATH.gasp, 'breath');
      world.events.push({ type: 'breathGasp' });
    }
    b.timer = BREATH.everySeconds;
    return;
  }
  b.timer -= TICK_SECONDS;
  if (b.timer > 0) return;
  b.timer += BREATH.everySeconds;
  if (awakeWithin(world, p.x, p.y, BREATH.loudness)) emitNoise(world, p.x, p.y, BREATH.loudness, 'breath');
}

function awakeWithin(world: World, x: number, y: number, r: number): boolean {
  const h = world.horde;
  const n = queryBox(world.hash, x - r, y - r, x + r, y + r, breathScratch);
  for (let k = 0; k < n; k++) {
    const i = breathScratch[k]!;
    if (i >= h.count || h.asleep[i] === 1) continue;
    const dx = h.x[i]! - x;
    const dy = h.y[i]! - y;
    if (dx * dx + dy * dy <= r * r) return true;
  }
  return false;
}
