import { resetIntent, type Intent } from '../sim/intent';
import { Tile } from '../sim/grid';
import { InfectedState } from '../sim/horde';
import { DIFFICULTY, EXTINGUISHER, HORDE } from '../sim/tuning';
import type { SurvivorView } from './survivorView';
import { NEIGHBOURS, steerToCell } from './pathBot';
import { CostField } from './costField';

/**
 * A careful scripted player for tests and tuning: it reads a SurvivorView (the sim World,
 * or the real game's test API in e2e; see survivorView.ts) but acts only through Intents,
 * as a person at the keyboard would.
 *  - Route: cheapest way to the exit where cells near infected cost extra, recomputed
 *    as they move (it goes round through classrooms when the hallway is watched).
 *  - Quiet: walks, and sneaks while infected that have not noticed it are near; waits
 *    a moment rather than step into an unaware infected's view cone.
 *  - Chased: runs, and shuts a door behind itself when the chaser is not in the doorway.
 *  - Grabbed: mashes interact and wiggles the move keys to break free.
 *  - With an extinguisher (when the world has one): sprays at a sprinter closing in.
 *  - Without one (or nearly empty): goes to the nearest unused cabinet first (any
 *    distance when empty-handed, within REFILL_RADIUS when low) and takes it.
 *  - Keys: while the level has a key on the floor, that is its goal instead of the exit
 *    (locked doors are walls to it until a key unlocks them).
 *  - With allies (the view's survivors): sprays the one holding an ally (walks to it when
 *    out of reach), sprays chasers closing on an ally as on itself, waits for an ally left
 *    behind while nothing chases, and never shuts a door while an ally is not beside it.
 */
export interface SurvivorStats {
  /** Ticks spent waiting for an unaware infected to look away. */
  waitedTicks: number;
  /** Doors it shut behind itself. */
  doorsShut: number;
  /** Ticks spent spraying. */
  sprays: number;
  /** Ticks spent waiting for allies to catch up, and spent going to (or spraying) an ally's grabber. */
  waitedForAllies: number;
  helpedAllies: number;
}

/**
 * Margins for playing a game that runs on while the bot thinks (the real game in e2e,
 * where the view is ~50-100 ms old when its keys land). The defaults are the sim's.
 */
export interface SurvivorOptions {
  /** Spray a chaser within this distance (tiles). */
  sprayRadius: number;
  /** Once it starts spraying, keep spraying at least this many ticks. */
  sprayHoldTicks: number;
  /** Chasers within this distance make it run. */
  chaseRadius: number;
}

const S = InfectedState;
/** Route cost of one step; cells near an infected add to it. */
const STEP_COST = 10;
const CLOSED_DOOR_COST = 6;
/** Extra cost on cells within these distances of an infected. */
const NEAR_INFECTED_COST = 90;
const NEAR_INFECTED_RADIUS = 3.5;
const CHASER_COST = 160;
const CHASER_RADIUS = 2.5;
/** Recompute the route every this many ticks. */
const REROUTE_TICKS = 12;
/** Unaware infected within this distance make it sneak. */
const SNEAK_RADIUS = 7;
/** Longest wait (ticks) before it goes on anyway. */
const MAX_WAIT_TICKS = 4 * 60;
/** Spray a chaser within this distance while pressure lasts. */
const SPRAY_RADIUS = 3.5;
const SPRAY_MIN_PRESSURE = 0.05;
/** A body on a climbable wall is foamed off from farther: the cone is 5 tiles long. */
const CLIMBER_SPRAY_RADIUS = 4.5;
/** It goes after a body on a wall this close, unless another chaser is within CLIMB_HUNT_CLEAR. */
const CLIMB_HUNT_RADIUS = 18;
const CLIMB_HUNT_CLEAR = 3;
/** Chasers within this distance make it run. */
const CHASE_RADIUS = 14;
/** Pressure below which it detours to an unused cabinet within REFILL_RADIUS tiles. */
const REFILL_PRESSURE = 0.3;
const REFILL_RADIUS = 10;
/** The use button reaches a cabinet this far (INTERACT.reach, a little less). */
const CABINET_REACH = 1.4;
/** An ally farther than this (tiles) is waited for, at most ALLY_WAIT_TICKS at a time. */
const ALLY_WAIT_RADIUS = 6;
const ALLY_WAIT_TICKS = 6 * 60;
/** A chaser within this of an ally counts as closing in (sprayed like one on the player). */
const ALLY_GUARD_RADIUS = 2.5;
/** An ally within this of the player is through the door with it. */
const ALLY_BESIDE_RADIUS = 2;

export const SIM_SURVIVOR: SurvivorOptions = { sprayRadius: SPRAY_RADIUS, sprayHoldTicks: 0, chaseRadius: CHASE_RADIUS };

export class SurvivorBot {
  readonly stats: SurvivorStats = { waitedTicks: 0, doorsShut: 0, sprays: 0, waitedForAllies: 0, helpedAllies: 0 };
  private allyWait = 0;
  private readonly width: number;
  private readonly height: number;
  private readonly passable: Uint8Array;
  private readonly exitCells: number[] = [];
  /** The cabinet it is heading for (-1: the exit), and that cabinet's floor cells in front. */
  private cabinet = -1;
  private readonly cabinetCells: number[] = [];
  /** The key item it is heading for (-1: none left), and that key's cell. */
  private key = -1;
  private readonly keyCells: number[] = [];
  /** The cell the chapter's plan says to wait at (-1: none, go for the exit). */
  private waitCell = -1;
  private readonly waitCells: number[] = [];
  private readonly cost: Int32Array;
  /** The way to the goal: cheapest cost from each cell (CostField). */
  private readonly paths: CostField;
  private readonly field: Int32Array;
  /** The view's tick at the last decision (-1: none yet). */
  private lastTick = -1;
  /** Ticks left of a spray it has committed to, and at whom. */
  private sprayLeft = 0;
  private sprayTarget = { x: 0, y: 0 };
  private toggle = false;
  private wiggle = 1;
  private waitTicks = 0;
  /** Door index it is shutting behind itself, -1 when none; and ticks spent on it. */
  private shutting = -1;
  private shutTicks = 0;
  private readonly triedShut = new Set<number>();

  /** The chapter's plan (botGoal), when it has one: the point it fetches next; null: the exit. */
  private goalPoint: { x: number; y: number } | null = null;

  constructor(
    view: SurvivorView,
    private readonly options: SurvivorOptions = SIM_SURVIVOR,
    private readonly plan?: () => { x: number; y: number } | null,
  ) {
    const level = view.level;
    this.width = level.width;
    this.height = level.height;
    const cells = level.width * level.height;
    this.passable = new Uint8Array(cells);
    // Doors count here; a locked one is shut out in reroute() until a key unlocks it.
    for (let i = 0; i < cells; i++) {
      const kind = level.tiles[i];
      this.passable[i] = kind === Tile.Floor || (kind === Tile.Door && view.doorAt[i]! >= 0) ? 1 : 0;
    }
    for (const r of level.exits) for (let y = r.y; y < r.y + r.h; y++) for (let x = r.x; x < r.x + r.w; x++) this.exitCells.push(y * this.width + x);
    this.cost = new Int32Array(cells);
    this.paths = new CostField(level.width, level.height);
    this.field = this.paths.dist;
  }

  /** True when infected i is after the player (telegraphing, sprinting, searching toward it...). */
  private chasing(world: SurvivorView, i: number): boolean {
    const h = world.horde;
    const st = h.state[i]!;
    if (st === S.Alerted || st === S.Sprint || st === S.Cheer || st === S.Grab || h.hunter[i] === 1) return true;
    if (st === S.Recover || st === S.Bash || st === S.Climb || (st === S.Stagger && h.hasTarget[i] === 1)) return true;
    if (st === S.Search && h.searchLooking[i] === 0) {
      const dx = h.targetX[i]! - world.player.x;
      const dy = h.targetY[i]! - world.player.y;
      return dx * dx + dy * dy < 16;
    }
    return false;
  }

  /**
   * A sprinter closing in, a body climbing a wall within the cone's reach (foam knocks it
   * off), or a staggered rusher (foam pushes it away: over a roof's edge, with luck): spray
   * it (aim = the way to it), or finish a spray it started.
   */
  private sprayAt(world: SurvivorView, chaser: number, chaserD2: number, elapsed: number, out: Intent): void {
    const p = world.player;
    const h = world.horde;
    const ex = world.extinguisher;
    const st = h.state[chaser]!;
    const radius = st === S.Climb ? CLIMBER_SPRAY_RADIUS : this.options.sprayRadius;
    if (
      ex.hasExtinguisher &&
      ex.pressure > SPRAY_MIN_PRESSURE &&
      (st === S.Sprint || st === S.Alerted || st === S.Recover || st === S.Search || st === S.Climb || (st === S.Stagger && h.hunter[chaser] === 1)) &&
      chaserD2 < radius * radius &&
      world.clearSight(p.x, p.y, h.x[chaser]!, h.y[chaser]!)
    ) {
      this.sprayLeft = this.options.sprayHoldTicks;
      this.sprayTarget.x = h.x[chaser]!;
      this.sprayTarget.y = h.y[chaser]!;
      out.spray = true;
      out.run = false;
      out.aimX = h.x[chaser]! - p.x;
      out.aimY = h.y[chaser]! - p.y;
      this.stats.sprays += elapsed;
    } else if (this.sprayLeft > 0 && ex.hasExtinguisher && ex.pressure > SPRAY_MIN_PRESSURE) {
      // Lagging behind the game: finish the spray it started, at where the chaser was.
      this.sprayLeft -= elapsed;
      out.spray = true;
      out.run = false;
      out.aimX = this.sprayTarget.x - p.x;
      out.aimY = this.sprayTarget.y - p.y;
      this.stats.sprays += elapsed;
    }
  }

  /**
   * The nearest infected on a climbable wall within CLIMB_HUNT_RADIUS, when no other chaser
   * is nearer than CLIMB_HUNT_CLEAR: walks (runs) at it and foams it off from the cone's
   * reach. True when it acted.
   */
  private huntClimber(world: SurvivorView, chaser: number, chaserD2: number, elapsed: number, out: Intent): boolean {
    const p = world.player;
    const h = world.horde;
    const ex = world.extinguisher;
    if (!ex.hasExtinguisher || ex.pressure <= REFILL_PRESSURE / 2) return false;
    let best = -1;
    let bestD2 = CLIMB_HUNT_RADIUS * CLIMB_HUNT_RADIUS;
    for (let i = 0; i < h.count; i++) {
      if (h.state[i] !== S.Climb) continue;
      const dx = h.x[i]! - p.x;
      const dy = h.y[i]! - p.y;
      const d2 = dx * dx + dy * dy;
      if (d2 < bestD2) {
        bestD2 = d2;
        best = i;
      }
    }
    if (best < 0) return false;
    if (chaser >= 0 && chaser !== best && h.state[chaser] !== S.Climb && chaserD2 < CLIMB_HUNT_CLEAR * CLIMB_HUNT_CLEAR) return false;
    const dx = h.x[best]! - p.x;
    const dy = h.y[best]! - p.y;
    if (bestD2 < CLIMBER_SPRAY_RADIUS * CLIMBER_SPRAY_RADIUS && world.clearSight(p.x, p.y, h.x[best]!, h.y[best]!)) {
      out.spray = true;
      out.aimX = dx;
      out.aimY = dy;
      this.stats.sprays += elapsed;
      return true;
    }
    // The roof is open: straight at it, round nothing (a wall in the way is left to the route).
    const l = Math.sqrt(bestD2);
    out.moveX = Math.abs(dx) / l > 0.38 ? Math.sign(dx) : 0;
    out.moveY = Math.abs(dy) / l > 0.38 ? Math.sign(dy) : 0;
    out.run = true;
    const nx = Math.floor(p.x + out.moveX * 0.6);
    const ny = Math.floor(p.y + out.moveY * 0.6);
    if (!this.passable[ny * this.width + nx]) return false;
    return true;
  }

  decide(world: SurvivorView, out: Intent): Intent {
    // Ticks since the last decision: 1 in the sim, a few in the real game.
    const prevTick = this.lastTick;
    const elapsed = prevTick < 0 ? 1 : Math.max(0, world.tick - prevTick);
    this.lastTick = world.tick;
    const p = world.player;
    const h = world.horde;
    resetIntent(out);

    // Grabbed: mash interact and wiggle left/right (each change of direction counts).
    if (p.grabbedBy >= 0) {
      this.toggle = !this.toggle;
      out.interact = this.toggle;
      this.wiggle = -this.wiggle;
      out.moveX = this.wiggle;
      return out;
    }

    // An ally held by an infected: spray the grabber, or go to it.
    const help = this.helpAlly(world, out);
    if (help) {
      this.stats.helpedAllies += elapsed;
      return out;
    }

    // What is around: the nearest chaser (of the player, or closing on an ally), and unaware infected near.
    let chaser = -1;
    let chaserD2 = this.options.chaseRadius * this.options.chaseRadius;
    let unawareNear = false;
    for (let i = 0; i < h.count; i++) {
      const dx = h.x[i]! - p.x;
      const dy = h.y[i]! - p.y;
      const d2 = dx * dx + dy * dy;
      if (this.chasing(world, i) || this.closingOnAlly(world, i)) {
        // One hitting a door it cannot see through is busy with the door, not after it yet.
        if (h.state[i] === S.Bash && !world.clearSight(p.x, p.y, h.x[i]!, h.y[i]!)) continue;
        if (d2 < chaserD2) {
          chaserD2 = d2;
          chaser = i;
        }
      } else if (d2 < SNEAK_RADIUS * SNEAK_RADIUS) unawareNear = true;
    }

    // The chapter's plan (the next snack to fetch) is the goal instead of the exit.
    if (this.plan) {
      const goal = this.plan();
      const cell = goal ? Math.floor(goal.y) * this.width + Math.floor(goal.x) : -1;
      if (cell !== (this.keyCells[0] ?? -1) || (goal === null) !== (this.goalPoint === null)) {
        this.goalPoint = goal;
        this.keyCells.length = 0;
        if (cell >= 0) this.keyCells.push(cell);
        this.reroute(world);
      }
    }
    // The chat asks: it answers with the first reply (it costs battery either way).
    if ((world.chatReplies ?? 0) > 0) out.reply = 1;
    // The chapter's plan says wait somewhere (the closet until the diversion): that is the goal.
    const wait = world.waitAt ? Math.floor(world.waitAt.y) * this.width + Math.floor(world.waitAt.x) : -1;
    if (wait !== this.waitCell) {
      this.waitCell = wait;
      this.waitCells.length = 0;
      if (wait >= 0) this.waitCells.push(wait);
      this.reroute(world);
    }

    // A key still on the floor is the goal instead of the exit.
    const key = this.plan ? -1 : this.wantedKey(world);
    if (key !== this.key) {
      this.key = key;
      this.keyCells.length = 0;
      const item = world.level.items[key];
      if (item) this.keyCells.push(Math.floor(item.y) * this.width + Math.floor(item.x));
      this.reroute(world);
    }
    // Empty-handed or nearly empty: the nearest unused cabinet comes first.
    const wanted = this.wantedCabinet(world);
    if (wanted !== this.cabinet) {
      this.cabinet = wanted;
      this.cabinetCells.length = 0;
      if (wanted >= 0) {
        const c = world.cabinets[wanted]!;
        for (const [dx, dy] of NEIGHBOURS) {
          if (dx !== 0 && dy !== 0) continue;
          const cell = (c.y + dy) * this.width + c.x + dx;
          if (world.level.tiles[cell] === Tile.Floor) this.cabinetCells.push(cell);
        }
      }
      this.reroute(world);
    } else if (prevTick < 0 || Math.floor(world.tick / REROUTE_TICKS) > Math.floor(prevTick / REROUTE_TICKS)) {
      // Every REROUTE_TICKS of sim time, however many ticks passed since the last decision.
      this.reroute(world);
    }
    // At the cabinet: take it, even with a chaser about when the one in hand is nearly empty.
    if (this.cabinet >= 0 && (chaser < 0 || world.extinguisher.pressure < REFILL_PRESSURE / 2)) {
      const c = world.cabinets[this.cabinet]!;
      const cell = Math.floor(p.y) * this.width + Math.floor(p.x);
      // In front of it, or (pressed by a chaser) within the use button's reach of it.
      const near = (c.x + 0.5 - p.x) ** 2 + (c.y + 0.5 - p.y) ** 2 < CABINET_REACH * CABINET_REACH;
      if (this.cabinetCells.includes(cell) || (chaser >= 0 && near)) {
        // In front of it: face it and press interact (a fresh press every other tick).
        out.aimX = c.x + 0.5 - p.x;
        out.aimY = c.y + 0.5 - p.y;
        this.toggle = !this.toggle;
        out.interact = this.toggle;
        return out;
      }
    }

    // Shutting a door behind itself: face the door and press interact.
    if (this.shutting >= 0) {
      const d = world.doors[this.shutting]!;
      this.shutTicks += elapsed;
      if (d.open && !d.broken && this.shutTicks < 30 && chaser >= 0) {
        out.aimX = d.x + 0.5 - p.x;
        out.aimY = d.y + 0.5 - p.y;
        this.toggle = !this.toggle;
        out.interact = this.toggle;
        // Step back from the doorway while pressing (the door cannot shut on the player).
        const dist = Math.hypot(out.aimX, out.aimY);
        if (dist < 0.9) {
          out.moveX = -Math.sign(Math.abs(out.aimX) > Math.abs(out.aimY) ? out.aimX : 0);
          out.moveY = -Math.sign(Math.abs(out.aimY) >= Math.abs(out.aimX) ? out.aimY : 0);
        }
        return out;
      }
      if (!d.open) this.stats.doorsShut++;
      this.shutting = -1;
    }

    const w = this.width;
    const cx = Math.floor(p.x);
    const cy = Math.floor(p.y);
    // A body climbing a wall near by, and nothing closer after it: go and foam it off (a siege).
    if (!world.goalUrgent && this.huntClimber(world, chaser, chaserD2, elapsed, out)) return out;
    const best = this.paths.downhill(cx, cy);
    if (best < 0) {
      // On the key's cell: step onto the key itself (a pick-up is taken within a radius of it).
      const item = this.goalPoint ?? world.level.items[this.key];
      if (item && this.cabinet < 0 && this.keyCells[0] === cy * w + cx) {
        out.moveX = Math.abs(item.x - p.x) > 0.1 ? Math.sign(item.x - p.x) : 0;
        out.moveY = Math.abs(item.y - p.y) > 0.1 ? Math.sign(item.y - p.y) : 0;
        out.sneak = unawareNear;
      }
      // At the goal (holding out there): still foam whoever closes in.
      if (chaser >= 0) this.sprayAt(world, chaser, chaserD2, elapsed, out);
      // Waiting where the plan says: still, holding its breath while one is close.
      if (this.waitCell === cy * w + cx && world.breathHeard && unawareNear && (world.stamina ?? 0) > 0.1) out.holdBreath = true;
      return out;
    }
    steerToCell(p, best, w, out);

    if (chaser >= 0) {
      out.run = true;
      this.sprayAt(world, chaser, chaserD2, elapsed, out);
      // Just came through a door with a chaser behind: shut it if the doorway is clear (and no ally is left the other side).
      const door = this.doorJustPassed(world, cx, cy);
      if (door >= 0 && !this.triedShut.has(door) && this.alliesBeside(world)) {
        const d = world.doors[door]!;
        const ddx = h.x[chaser]! - (d.x + 0.5);
        const ddy = h.y[chaser]! - (d.y + 0.5);
        if (ddx * ddx + ddy * ddy > 1.5 * 1.5) {
          this.triedShut.add(door);
          this.shutting = door;
          this.shutTicks = 0;
        }
      }
    } else if (this.allyLeftBehind(world) && this.allyWait < ALLY_WAIT_TICKS) {
      // Nothing after it: let the group catch up.
      this.allyWait += elapsed;
      this.stats.waitedForAllies += elapsed;
      out.moveX = 0;
      out.moveY = 0;
      out.run = false;
      return out;
    } else if (unawareNear) {
      out.sneak = true;
      // Would the next step put it into an unaware infected's view? Wait for it to look away.
      const nx = p.x + out.moveX * 0.6;
      const ny = p.y + out.moveY * 0.6;
      if (this.waitTicks < MAX_WAIT_TICKS && !this.inSomeonesView(world, p.x, p.y) && this.inSomeonesView(world, nx, ny)) {
        this.waitTicks += elapsed;
        this.stats.waitedTicks += elapsed;
        out.moveX = 0;
        out.moveY = 0;
        return out;
      }
    }
    if (!this.inSomeonesView(world, p.x, p.y)) this.waitTicks = Math.max(0, this.waitTicks - elapsed);
    if (!this.allyLeftBehind(world)) this.allyWait = 0;

    // A closed door ahead: press interact (a fresh press every other tick).
    const bd = world.doorAt[best]!;
    if (bd >= 0 && !world.doors[bd]!.open && !world.doors[bd]!.broken) {
      this.toggle = !this.toggle;
      out.interact = this.toggle;
      out.run = false;
    }
    return out;
  }

  /**
   * An ally is held: spray its grabber when in reach with a clear line (or swing, empty),
   * else walk straight to it. Returns true when that is what it does this tick.
   */
  private helpAlly(world: SurvivorView, out: Intent): boolean {
    const s = world.survivors;
    if (!s) return false;
    const p = world.player;
    const h = world.horde;
    for (let k = 1; k < s.count; k++) {
      if (s.grabbedBy[k]! < 0) continue;
      // Its grabber: the infected holding on beside it.
      let grabber = -1;
      let best = 1.5 * 1.5;
      for (let i = 0; i < h.count; i++) {
        if (h.state[i] !== S.Grab) continue;
        const d2 = (h.x[i]! - s.x[k]!) ** 2 + (h.y[i]! - s.y[k]!) ** 2;
        if (d2 < best) {
          best = d2;
          grabber = i;
        }
      }
      if (grabber < 0) continue;
      const dx = h.x[grabber]! - p.x;
      const dy = h.y[grabber]! - p.y;
      const d2 = dx * dx + dy * dy;
      if (d2 > 12 * 12) continue;
      const ex = world.extinguisher;
      const reach = EXTINGUISHER.coneLength - 0.5;
      if (ex.hasExtinguisher && d2 < reach * reach && world.clearSight(p.x, p.y, h.x[grabber]!, h.y[grabber]!)) {
        // Spray (or, empty, swing) at it.
        out.spray = ex.pressure > SPRAY_MIN_PRESSURE || this.toggle;
        this.toggle = !this.toggle;
        out.aimX = dx;
        out.aimY = dy;
        return true;
      }
      // Out of reach: go to them, unless that means walking into another one's arms.
      for (let i = 0; i < h.count; i++) {
        if (i === grabber || !this.chasing(world, i)) continue;
        if ((h.x[i]! - p.x) ** 2 + (h.y[i]! - p.y) ** 2 < 3 * 3) return false;
      }
      const d = Math.sqrt(d2) || 1;
      out.moveX = dx / d;
      out.moveY = dy / d;
      out.run = true;
      return true;
    }
    return false;
  }

  /** True when infected i is sprinting, telegraphing or recovering close to an ally. */
  private closingOnAlly(world: SurvivorView, i: number): boolean {
    const s = world.survivors;
    if (!s || s.count < 2) return false;
    const h = world.horde;
    const st = h.state[i]!;
    if (st !== S.Sprint && st !== S.Alerted && st !== S.Recover) return false;
    for (let k = 1; k < s.count; k++) {
      if (s.state[k]! > 1 || s.hidden[k] === 1) continue;
      const dx = h.x[i]! - s.x[k]!;
      const dy = h.y[i]! - s.y[k]!;
      if (dx * dx + dy * dy < ALLY_GUARD_RADIUS * ALLY_GUARD_RADIUS) return true;
    }
    return false;
  }

  /** True when an ally still with the group (not hidden, not bitten) is farther than ALLY_WAIT_RADIUS. */
  private allyLeftBehind(world: SurvivorView): boolean {
    const s = world.survivors;
    if (!s) return false;
    const p = world.player;
    for (let k = 1; k < s.count; k++) {
      if (s.state[k]! > 1 || s.hidden[k] === 1) continue;
      const dx = s.x[k]! - p.x;
      const dy = s.y[k]! - p.y;
      if (dx * dx + dy * dy > ALLY_WAIT_RADIUS * ALLY_WAIT_RADIUS) return true;
    }
    return false;
  }

  /** True when every ally still with the group is beside the player (a door may shut behind them). */
  private alliesBeside(world: SurvivorView): boolean {
    const s = world.survivors;
    if (!s) return true;
    const p = world.player;
    for (let k = 1; k < s.count; k++) {
      if (s.state[k]! > 2 || s.hidden[k] === 1) continue;
      const dx = s.x[k]! - p.x;
      const dy = s.y[k]! - p.y;
      if (dx * dx + dy * dy > ALLY_BESIDE_RADIUS * ALLY_BESIDE_RADIUS) return false;
    }
    return true;
  }

  /** The first key still on the floor (map order), or -1. */
  private wantedKey(world: SurvivorView): number {
    const items = world.level.items;
    for (let i = 0; i < items.length; i++) if (items[i]!.kind === 'key' && world.itemTaken[i] === 0) return i;
    return -1;
  }

  /** The cabinet worth a detour now, or -1: any unused one when empty-handed, a near one when low. */
  private wantedCabinet(world: SurvivorView): number {
    const ex = world.extinguisher;
    // Below SPRAY_MIN_PRESSURE it no longer sprays: as good as empty (at 0 exactly it would never go).
    const empty = !ex.hasExtinguisher || ex.pressure <= SPRAY_MIN_PRESSURE;
    if (!empty && ex.pressure >= REFILL_PRESSURE) return -1;
    const p = world.player;
    let best = -1;
    let bestD = empty ? Infinity : REFILL_RADIUS * REFILL_RADIUS;
    for (let i = 0; i < world.cabinets.length; i++) {
      const c = world.cabinets[i]!;
      if (c.used) continue;
      const d = (c.x + 0.5 - p.x) ** 2 + (c.y + 0.5 - p.y) ** 2;
      if (d < bestD && this.hasFloorInFront(world, c.x, c.y)) {
        bestD = d;
        best = i;
      }
    }
    return best;
  }

  private hasFloorInFront(world: SurvivorView, x: number, y: number): boolean {
    for (const [dx, dy] of NEIGHBOURS) {
      if ((dx !== 0 && dy !== 0) || x + dx < 0 || y + dy < 0 || x + dx >= this.width || y + dy >= this.height) continue;
      if (world.level.tiles[(y + dy) * this.width + x + dx] === Tile.Floor) return true;
    }
    return false;
  }

  /** Index of an open door cell next to (cx, cy) that lies behind the player on its route. */
  private doorJustPassed(world: SurvivorView, cx: number, cy: number): number {
    const w = this.width;
    const here = this.field[cy * w + cx]!;
    for (const [dx, dy] of NEIGHBOURS) {
      const c = (cy + dy) * w + cx + dx;
      const d = world.doorAt[c]!;
      if (d < 0) continue;
      const door = world.doors[d]!;
      if (door.open && !door.broken && this.field[c]! > here) {
        // Stand clear of the doorway first.
        const p = world.player;
        const ox = Math.abs(p.x - (door.x + 0.5));
        const oy = Math.abs(p.y - (door.y + 0.5));
        if (Math.max(ox, oy) > 0.85) return d;
      }
    }
    return -1;
  }

  /** True when an infected that has not noticed the player would see (x, y). */
  private inSomeonesView(world: SurvivorView, x: number, y: number): boolean {
    const h = world.horde;
    const cos = Math.cos(HORDE.sightConeRadians / 2 + 0.25);
    for (let i = 0; i < h.count; i++) {
      const dx = x - h.x[i]!;
      const dy = y - h.y[i]!;
      const d2 = dx * dx + dy * dy;
      const range = (h.asleep[i] === 1 ? 0.5 : 1) * DIFFICULTY[world.difficulty].sightRange + 0.5;
      if (d2 > range * range) continue;
      const d = Math.sqrt(d2);
      if (d > HORDE.senseRadius + 0.3 && h.headingX[i]! * dx + h.headingY[i]! * dy < cos * d) continue;
      if (world.clearSight(h.x[i]!, h.y[i]!, x, y)) return true;
    }
    return false;
  }

  /** Dijkstra from the goal (the exit, the key, or the wanted cabinet's front cells) over the current doors, with cells near infected made costly. */
  private reroute(world: SurvivorView): void {
    const w = this.width;
    const cost = this.cost;
    const cells = cost.length;
    for (let c = 0; c < cells; c++) {
      if (this.passable[c] === 0) {
        cost[c] = -1;
        continue;
      }
      const d = world.doorAt[c]!;
      const door = d >= 0 ? world.doors[d]! : null;
      if (door && door.locked && !door.open && !door.broken) {
        cost[c] = -1;
        continue;
      }
      cost[c] = STEP_COST + (door && !door.open ? CLOSED_DOOR_COST : 0);
    }
    const h = world.horde;
    for (let i = 0; i < h.count; i++) {
      const chase = this.chasing(world, i);
      const radius = chase ? CHASER_RADIUS : NEAR_INFECTED_RADIUS;
      const extra = chase ? CHASER_COST : h.asleep[i] === 1 ? NEAR_INFECTED_COST / 2 : NEAR_INFECTED_COST;
      const x0 = Math.max(0, Math.floor(h.x[i]! - radius));
      const x1 = Math.min(w - 1, Math.floor(h.x[i]! + radius));
      const y0 = Math.max(0, Math.floor(h.y[i]! - radius));
      const y1 = Math.min(this.height - 1, Math.floor(h.y[i]! + radius));
      for (let y = y0; y <= y1; y++) {
        for (let x = x0; x <= x1; x++) {
          const c = y * w + x;
          if (cost[c]! < 0) continue;
          const dx = x + 0.5 - h.x[i]!;
          const dy = y + 0.5 - h.y[i]!;
          if (dx * dx + dy * dy <= radius * radius) cost[c] = cost[c]! + extra;
        }
      }
    }
    this.paths.build(cost, this.cabinet >= 0 ? this.cabinetCells : this.keyCells.length > 0 ? this.keyCells : this.waitCell >= 0 ? this.waitCells : this.exitCells);
  }
}
