import { emitNoise } from './noise';
import type { World } from './world';
import type { Intent } from './intent';
import { cornerNudge, moveBody, type MoveResult } from './collision';
import { PLAYER, NOISE, TICK_SECONDS } from './tuning';
import { vecLength } from './simMath';
import { loadNoiseFactor, loadSpeedFactor, lootCarried } from './objects';

const moved: MoveResult = { x: 0, y: 0, hitX: false, hitY: false };

/** Moves the player from the intent: gait, stamina, facing, collision and footstep noise. */
export function updatePlayer(world: World, intent: Intent): void {
  const p = world.player;
  p.prevX = p.x;
  p.prevY = p.y;

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

  // Carried loot weighs on every gait and louds the steps (LOOT in tuning.ts).
  const load = lootCarried(world);
  speed *= loadSpeedFactor(load);

  let blocked = false;
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
