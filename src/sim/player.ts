import { emitNoise } from './noise';
import type { World } from './world';
import type { Intent } from './intent';
import { moveBody, type MoveResult } from './collision';
import { PLAYER, NOISE, TICK_SECONDS } from './tuning';
import { vecLength } from './simMath';

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

  // Stamina drains while running and regains otherwise.
  if (p.gait === 3) {
    p.stamina = Math.max(0, p.stamina - TICK_SECONDS / PLAYER.staminaRunSeconds);
    if (p.stamina === 0) p.exhausted = true;
  } else {
    p.stamina = Math.min(1, p.stamina + TICK_SECONDS / PLAYER.staminaRegainSeconds);
    if (p.exhausted && p.stamina >= PLAYER.staminaRestartThreshold) p.exhausted = false;
  }

  if (moving) {
    // (mx, my) keeps the analogue magnitude (a half-pushed stick walks at half speed);
    // keyboard input has length 1.
    const scale = speed * TICK_SECONDS;
    moveBody(world.grid, p.x, p.y, mx * scale, my * scale, PLAYER.radius, moved);
    p.x = moved.x;
    p.y = moved.y;
    // Face the walk: (mx, my) over its length (already 1 when it was clamped).
    const n = Math.min(len, 1);
    p.facingX = mx / n;
    p.facingY = my / n;
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
      const loudness = p.gait === 3 ? NOISE.run : NOISE.walk;
      emitNoise(world, p.x, p.y, loudness, 'footstep');
    }
  } else {
    p.footstepTimer = 0;
  }
}
