import { emitNoise } from './noise';
import type { World } from './world';
import type { Intent } from './intent';
import { boxHitsSolid, cornerNudge, moveBody, type MoveResult } from './collision';
import { PLAYER, NOISE, TICK_SECONDS, VAULT } from './tuning';
import { Tile, type Grid } from './grid';
import { vecLength } from './simMath';
import { loadNoiseFactor, loadSpeedFactor, lootCarried } from './objects';

const moved: MoveResult = { x: 0, y: 0, hitX: false, hitY: false };

/** Moves the player from the intent: gait, stamina, facing, collision and footstep noise. */
export function updatePlayer(world: World, intent: Intent): void {
  const p = world.player;
  p.prevX = p.x;
  p.prevY = p.y;
  // On a table: the slide carries on to the far side whatever is pressed (no stopping on it).
  if (p.vaultLeft > 0) {
    slide(p);
    return;
  }

  // Held by an infected: the move input wiggles (see grab.ts) instead of moving.
  const held = p.grabbedBy >= 0;
  let mx = Number.isFinite(intent.moveX) && !held ? intent.moveX : 0;
  let my = Number.isFinite(intent.moveY) && !held ? intent.moveY : 0;
  // Scale a huge input down first so squaring it cannot overflow (it is normalised anyway).
  const big = Math.max(Math.abs(mx), Math.abs(my));
  if (big > 1) {
    mx /= big;
    my /= big;
  }
  const len = vecLength(mx, my);
  const moving = len > 0.05;
  if (len > 1) {
    mx /= len;
    my /= len;
  }

  const wantsRun = intent.run && !intent.sneak && moving && !intent.spray;
  const canRun = wantsRun && !p.exhausted && p.stamina > 0;
  let speed: number;
  if (!moving) {
    p.gait = 0;
    speed = 0;
  } else if (intent.sneak) {
    p.gait = 1;
    speed = PLAYER.sneakSpeed;
  } else if (canRun) {
    p.gait = 3;
    speed = PLAYER.runSpeed;
  } else {
    p.gait = 2;
    speed = PLAYER.walkSpeed;
  }

  // Carried loot weighs on every gait and louds the steps (LOOT in tuning.ts), where it has weight.
  const load = world.carryWeight ? lootCarried(world) : 0;
  speed *= loadSpeedFactor(load);

  let blocked = false;
  if (!moving) p.vaultHold = 0;
  if (moving) {
    // (mx, my) keeps the analogue magnitude (a half-pushed stick walks at half speed);
    // keyboard input has length 1.
    const scale = speed * TICK_SECONDS;
    moveBody(world.grid, p.x, p.y, mx * scale, my * scale, PLAYER.radius, moved);
    // Walking straight at a corner the body only clips (a door frame, a locker's edge)
    // slides round it instead of snagging.
    const hitX = moved.hitX && Math.abs(mx) > Math.abs(my);
    const hitY = moved.hitY && Math.abs(my) > Math.abs(mx);
    if (hitX || hitY) {
      const nudge = cornerNudge(world.grid, moved.x, moved.y, hitX ? Math.sign(mx) : 0, hitY ? Math.sign(my) : 0, PLAYER.radius, PLAYER.cornerSlideReach, scale);
      if (nudge !== 0) moveBody(world.grid, moved.x, moved.y, hitX ? 0 : nudge, hitX ? nudge : 0, PLAYER.radius, moved);
    }
    const dx = moved.x - p.x;
    const dy = moved.y - p.y;
    // Pressing into a wall is not running: it costs no stamina.
    const least = scale * PLAYER.blockedFraction;
    blocked = dx * dx + dy * dy < least * least;
    p.x = moved.x;
    p.y = moved.y;
    if (p.canVault) holdTowardTable(world, blocked && !held && !p.hidden, mx, my);
    // Face the walk: (mx, my) over its length (already 1 when it was clamped).
    const n = Math.min(len, 1);
    p.facingX = mx / n;
    p.facingY = my / n;
  }

  // Stamina drains while running (not while pressed against a wall) and regains otherwise.
  if (p.gait === 3 && !blocked) {
    p.stamina = Math.max(0, p.stamina - TICK_SECONDS / PLAYER.staminaRunSeconds);
    if (p.stamina === 0) p.exhausted = true;
  } else if (p.gait !== 3 && world.breath?.held !== true) {
    // A held breath (src/sim/phone.ts) spends stamina instead of letting it refill.
    p.stamina = Math.min(1, p.stamina + TICK_SECONDS / PLAYER.staminaRegainSeconds);
    if (p.exhausted && p.stamina >= PLAYER.staminaRestartThreshold) p.exhausted = false;
  }
  // Aim (mouse, right stick, spray-pad drag) turns the player; (0, 0) keeps the walk's facing.
  let ax = intent.aimX;
  let ay = intent.aimY;
  const aimBig = Math.max(Math.abs(ax), Math.abs(ay));
  if (aimBig > 1) {
    ax /= aimBig;
    ay /= aimBig;
  }
  const aimLen = vecLength(ax, ay);
  if (aimLen > 0.01 && Number.isFinite(aimLen)) {
    p.facingX = ax / aimLen;
    p.facingY = ay / aimLen;
  }

  // Footsteps: walking and running are heard, sneaking is (nearly) silent.
  if (p.gait >= 2) {
    p.footstepTimer -= TICK_SECONDS;
    if (p.footstepTimer <= 0) {
      p.footstepTimer += NOISE.footstepInterval;
      const loudness = (p.gait === 3 ? NOISE.run : NOISE.walk) * loadNoiseFactor(load);
      emitNoise(world, p.x, p.y, loudness, 'footstep');
    }
  } else {
    p.footstepTimer = 0;
  }
}

/** One tick of the slide over a table: slow, straight, to the far side. */
function slide(p: World['player']): void {
  const d = Math.min(p.vaultLeft, VAULT.speed * TICK_SECONDS);
  p.x += p.vaultDirX * d;
  p.y += p.vaultDirY * d;
  p.vaultLeft = p.vaultLeft - d > 1e-9 ? p.vaultLeft - d : 0;
  // Climbing over is no run: stamina comes back as when sneaking; no footsteps.
  p.gait = 1;
  p.footstepTimer = 0;
  p.stamina = Math.min(1, p.stamina + TICK_SECONDS / PLAYER.staminaRegainSeconds);
  if (p.exhausted && p.stamina >= PLAYER.staminaRestartThreshold) p.exhausted = false;
}

/**
 * Pushing into a table (blocked along the main axis of the move): after VAULT.holdSeconds
 * the slide starts, to the first free cell beyond at most VAULT.maxDepth Table cells, if
 * the player's body fits there and nothing but table lies on the way. Loud as it starts.
 */
function holdTowardTable(world: World, pushing: boolean, mx: number, my: number): void {
  const p = world.player;
  const alongX = Math.abs(mx) >= Math.abs(my);
  const dx = alongX ? Math.sign(mx) : 0;
  const dy = alongX ? 0 : Math.sign(my);
  const landing = pushing ? vaultLanding(world.grid, p.x, p.y, dx, dy) : null;
  if (landing === null) {
    p.vaultHold = 0;
    return;
  }
  p.vaultHold += TICK_SECONDS;
  if (p.vaultHold < VAULT.holdSeconds) return;
  p.vaultHold = 0;
  p.vaultDirX = dx;
  p.vaultDirY = dy;
  p.vaultLeft = Math.abs(alongX ? landing - p.x : landing - p.y);
  world.events.push({ type: 'tableSlid', x: p.x, y: p.y });
  emitNoise(world, p.x, p.y, VAULT.noise, 'footstep');
}

/** Where a slide from (x, y) along (dx, dy) ends (the coordinate on that axis), or null when it cannot. */
function vaultLanding(grid: Grid, x: number, y: number, dx: number, dy: number): number | null {
  const r = PLAYER.radius;
  const reach = r + 0.05;
  // The cell just ahead must be table, and the body's width on the other axis must cross only table and floor.
  let cx = Math.floor(x + dx * reach);
  let cy = Math.floor(y + dy * reach);
  const side0 = Math.floor((dx !== 0 ? y : x) - r);
  const side1 = Math.floor((dx !== 0 ? y : x) + r);
  const tileAt = (ax: number, ay: number): number => (ax < 0 || ay < 0 || ax >= grid.width || ay >= grid.height ? Tile.Wall : grid.tiles[ay * grid.width + ax]!);
  if (tileAt(cx, cy) !== Tile.Table) return null;
  for (let depth = 0; depth <= VAULT.maxDepth; depth++) {
    let table = false;
    for (let s = side0; s <= side1; s++) {
      const i = dx !== 0 ? s * grid.width + cx : cy * grid.width + s;
      const ax = dx !== 0 ? cx : s;
      const ay = dx !== 0 ? s : cy;
      const t = tileAt(ax, ay);
      if (t === Tile.Table) table = true;
      else if (t === Tile.Wall || grid.solid[i]) return null;
    }
    if (!table) {
      // Past the table: the far side's cell centre on the slide's axis, where the body must fit.
      const end = (dx !== 0 ? cx : cy) + 0.5;
      return boxHitsSolid(grid, dx !== 0 ? end : x, dx !== 0 ? y : end, r) ? null : end;
    }
    if (depth === VAULT.maxDepth) return null;
    cx += dx;
    cy += dy;
  }
  return null;
}
