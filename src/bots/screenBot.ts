import { resetIntent, type Intent } from '../sim/intent';
import { Tile } from '../sim/grid';
import { NEIGHBOURS, steerToCell } from './pathBot';
import { CostField } from './costField';
import { UNKNOWN, type ScreenInfected, type ScreenView } from './screenView';

/**
 * A newcomer at the keyboard: it plays from a ScreenView (screenView.ts), which gives it
 * only what a 1280x720 screen shows, and acts only through Intents.
 *  - Way: follows the objective marker. On screen, it walks to the waypoint the marker
 *    hovers over; off screen, toward where the arrow leaves the view. It plans over the
 *    cells it has seen (unseen ones are guessed walkable), so it walks round desks and
 *    walls it can see, and remembers them.
 *  - Use: presses the use button when the prompt offers what it wants ("Open" on the
 *    door it is walking into, "Take extinguisher"); a "Locked" door is a wall to it until
 *    the objective line changes (a key found: worth trying again), an "Empty cabinet" is struck off.
 *  - Threats: an infected whose pose says it is coming (the wind-up crouch, a sprint, a
 *    bash, a cheer, one running at it) is a chaser: it runs, plans round it, and sprays
 *    a chaser closing in when it can see it. The coach (the first-sighting caption says
 *    foam barely slows him) is a wall it walks round, sprayed only when he is about to
 *    grab. Sleepers and wanderers: it sneaks while one is near.
 *  - Grabbed (the grab line is up): mashes use and wiggles.
 *  - Low on pressure: a cabinet it has seen, not struck off, within reach, comes first.
 */
export interface ScreenBotStats {
  /** Use presses the prompt offered (doors opened, cabinets taken). */
  uses: number;
  /** Ticks spent spraying. */
  sprays: number;
  /** Doors it found locked (the prompt said so). */
  lockedFound: number;
}

const STEP_COST = 10;
/** Unseen cells are guessed walkable, at a price: seen floor is preferred. */
const UNKNOWN_COST = 16;
const CLOSED_DOOR_COST = 6;
const NEAR_COST = 70;
const NEAR_RADIUS = 3;
const CHASER_COST = 200;
const CHASER_RADIUS = 3;
const REPLAN_TICKS = 6;
/** An awake coach (the heavy) is a wall within this distance: foam barely slows him, so it goes round or waits. */
const HEAVY_BLOCK = 1.2;
/** ...unless he is this close: about to grab, a spray is all there is left. */
const HEAVY_SPRAY = 2.2;
/** Unaware infected within this distance make it sneak. */
const SNEAK_RADIUS = 6;
/** Spray a chaser within this distance. */
const SPRAY_RADIUS = 3.8;
const SPRAY_MIN_PRESSURE = 0.04;
/** Below this pressure a seen cabinet within REFILL_RADIUS is worth the detour. */
const REFILL_PRESSURE = 0.35;
const REFILL_RADIUS = 12;
/** A cabinet this close is worth topping up at below TOP_UP_PRESSURE (the rush may be round the corner). */
const TOP_UP_PRESSURE = 0.7;
const TOP_UP_RADIUS = 6;
/**
 * The cabinet it is heading for stays wanted this much farther off: with one hard radius a
 * step away dropped it and a step back took it up again, and it dithered on the spot.
 */
const CABINET_KEEP_MARGIN = 2;
/**
 * A body in the climbing pose on screen this close is worth going to (the HUD says foam them
 * off the walls; a climbing one falls at the first touch of foam, cheaper than one up on the
 * roof), unless a chaser is within HUNT_CLEAR or the pressure is below HUNT_PRESSURE.
 */
const HUNT_RADIUS = 11;
const HUNT_CLEAR = 3;
const HUNT_PRESSURE = 0.12;
/** The cone reaches 5 tiles: a climbing body is foamed from this far. */
const CLIMB_SPRAY_RADIUS = 4.5;
/** Empty-handed but holding the canister: a chaser this close gets a swing. */
const SWING_RADIUS = 1.4;
/**
 * After a caption has said foam soaks them through ("keep the foam on it"), a dazed body this
 * close stays in the spray, and it steps in to SOAK_CLOSE (the foam bites hardest near the nozzle).
 */
const SOAK_RADIUS = 4;
const SOAK_CLOSE = 1.6;
/** Ticks without progress before it tries a side step. */
const STUCK_TICKS = 45;

export class ScreenBot {
  readonly stats: ScreenBotStats = { uses: 0, sprays: 0, lockedFound: 0 };
  private readonly width: number;
  private readonly height: number;
  private readonly cost: Int32Array;
  /** The way to the goal over what it has seen: cheapest cost from each cell (CostField). */
  private readonly paths: CostField;
  /** Cells the prompt said were locked doors, and cabinets found empty. */
  private readonly locked = new Set<number>();
  private readonly emptyCabinets = new Set<number>();
  private toggle = false;
  private wiggle = 1;
  private lastPlan = -1000;
  private goalKey = -1;
  private goals: number[] = [];
  private cabinetGoal = -1;
  /** The cell of the climbing body it goes to foam off (-1: none). */
  private huntGoal = -1;
  private lastX = 0;
  private lastY = 0;
  private stillTicks = 0;
  private sideStep = 0;
  private sideDir = 1;
  private objective = '';
  /** A caption said foam soaks a body through: it keeps the foam on a dazed one. */
  private soaks = false;

  constructor(view: ScreenView) {
    this.width = view.width;
    this.height = view.height;
    const cells = view.width * view.height;
    this.cost = new Int32Array(cells);
    this.paths = new CostField(view.width, view.height);
  }

  /** Its pose says it is coming for the player. */
  private chasing(view: ScreenView, z: ScreenInfected): boolean {
    if (z.asleep) return false;
    const pose = z.pose;
    // The wind-up crouch, a sprint (or a run), a grab, a door bash, the cheer, winded after a sprint.
    if (pose === 'windup' || pose === 'sprint' || pose === 'grab' || pose === 'bash' || pose === 'telegraph' || pose === 'recover') return true;
    const dx = view.player.x - z.x;
    const dy = view.player.y - z.y;
    const d = Math.sqrt(dx * dx + dy * dy) || 1;
    const speed = Math.sqrt(z.vx * z.vx + z.vy * z.vy);
    // Moving at it: a searcher or a rusher running the player's way.
    return speed > 0.02 && (z.vx * dx + z.vy * dy) / (speed * d) > 0.6 && d < 10;
  }

  decide(view: ScreenView, out: Intent): Intent {
    resetIntent(out);
    const p = view.player;
    const hud = view.hud;

    if (hud.grabbed) {
      this.toggle = !this.toggle;
      out.interact = this.toggle;
      this.wiggle = -this.wiggle;
      out.moveX = this.wiggle;
      return out;
    }
    // The phone asks: it picks the first reply the panel offers.
    if (hud.chatReplies > 0) out.reply = 1;
    // The HUD says something is at the door: it holds its breath while it can.
    if (/hold your breath/i.test(hud.objective) && hud.stamina > 0.1) out.holdBreath = true;
    if (hud.hiding) {
      // It never means to hide; step out at once.
      this.toggle = !this.toggle;
      out.interact = this.toggle && view.prompt?.kind === 'stepOut';
      return out;
    }

    // A new objective line (a key was found, say): the doors found locked are worth trying again.
    if (hud.objective !== this.objective) {
      this.objective = hud.objective;
      if (this.locked.size > 0) {
        this.locked.clear();
        this.lastPlan = -1000;
      }
    }

    // What the captions said: that foam kept on a body soaks it down.
    if (!this.soaks) for (const c of view.captions) if (/keep the foam on/i.test(c.text)) this.soaks = true;

    // The infected on screen.
    let chaser: ScreenInfected | null = null;
    let chaserD = Infinity;
    let unawareNear = false;
    for (const z of view.infected) {
      const d = Math.hypot(z.x - p.x, z.y - p.y);
      if (this.chasing(view, z)) {
        if (d < chaserD) {
          chaserD = d;
          chaser = z;
        }
      } else if (d < SNEAK_RADIUS && z.marker !== 'dazed') unawareNear = true;
    }

    // What the prompt says about the thing in reach.
    const pr = view.prompt;
    if (pr) {
      const cell = pr.y * this.width + pr.x;
      if (pr.kind === 'locked' && !this.locked.has(cell)) {
        this.locked.add(cell);
        this.stats.lockedFound++;
        this.lastPlan = -1000;
      }
      if (pr.kind === 'cabinetEmpty' && !this.emptyCabinets.has(cell)) {
        this.emptyCabinets.add(cell);
        this.lastPlan = -1000;
      }
      // The prompt offers to brace a door something is hitting, or the HUD line says to bang the vent: it does.
      if (pr.kind === 'reinforce' || (pr.kind === 'bangVent' && /bang the vent/i.test(hud.objective))) {
        this.press(out);
        return out;
      }
      const wantsCan = !hud.hasExtinguisher || hud.pressure < TOP_UP_PRESSURE;
      if (pr.kind === 'takeExtinguisher' && wantsCan && (chaser === null || chaserD > 2.5 || hud.pressure < 0.15)) {
        out.aimX = pr.x + 0.5 - p.x;
        out.aimY = pr.y + 0.5 - p.y;
        this.press(out);
        return out;
      }
    }

    // A body climbing the wall near by and nothing closer after it: foam it off from the cone's reach.
    const climber = this.climberToHunt(view, chaser, chaserD);
    if (climber && Math.hypot(climber.x - p.x, climber.y - p.y) < CLIMB_SPRAY_RADIUS && this.seeThrough(p.x, p.y, climber.x, climber.y, view)) {
      out.spray = true;
      out.aimX = climber.x - p.x;
      out.aimY = climber.y - p.y;
      this.stats.sprays++;
      return out;
    }
    const hunt = climber ? Math.floor(climber.y) * this.width + Math.floor(climber.x) : -1;
    if (hunt !== this.huntGoal) {
      this.huntGoal = hunt;
      this.lastPlan = -1000;
    }

    // The goal: a seen cabinet when low, a climbing body to foam off, else the marker.
    const cabinet = this.wantedCabinet(view);
    if (cabinet !== this.cabinetGoal) {
      this.cabinetGoal = cabinet;
      this.lastPlan = -1000;
    }
    const goalKey = this.pickGoals(view);
    if (goalKey !== this.goalKey || view.tick - this.lastPlan >= REPLAN_TICKS) {
      this.goalKey = goalKey;
      this.lastPlan = view.tick;
      this.plan(view);
    }

    const w = this.width;
    const cx = Math.floor(p.x);
    const cy = Math.floor(p.y);
    const best = this.paths.downhill(cx, cy);
    const threat = this.nearestThreat(view, chaser);
    if (best >= 0) steerToCell(p, best, w, out);
    else if (threat && Math.hypot(threat.x - p.x, threat.y - p.y) < 5) {
      // No way past (a coach in the doorway): back off to the open cell farthest from
      // every threat near, and wait there for an opening.
      const flee = this.fleeCell(view, cx, cy);
      if (flee >= 0) steerToCell(p, flee, w, out);
    } else if (view.marker) {
      // On the goal cell (or no plan): walk on toward the marker's point.
      const m = view.marker;
      if (m.onScreen) {
        out.moveX = Math.abs(m.x - p.x) > 0.15 ? Math.sign(m.x - p.x) : 0;
        out.moveY = Math.abs(m.y - p.y) > 0.15 ? Math.sign(m.y - p.y) : 0;
      } else {
        out.moveX = m.dirX;
        out.moveY = m.dirY;
      }
    }

    // Stuck against something: a short side step.
    const moved = Math.hypot(p.x - this.lastX, p.y - this.lastY);
    this.lastX = p.x;
    this.lastY = p.y;
    if ((out.moveX !== 0 || out.moveY !== 0) && moved < 0.005) this.stillTicks++;
    else this.stillTicks = Math.max(0, this.stillTicks - 2);
    if (this.stillTicks > STUCK_TICKS) {
      this.stillTicks = 0;
      this.sideStep = 20;
      this.sideDir = -this.sideDir;
    }
    if (this.sideStep > 0) {
      this.sideStep--;
      const mx = out.moveX;
      out.moveX = -out.moveY * this.sideDir;
      out.moveY = mx * this.sideDir;
    }

    const soak = this.soaks && !chaser ? this.dazedToSoak(view) : null;
    if (soak && hud.hasExtinguisher && hud.pressure > SPRAY_MIN_PRESSURE) {
      // Keep the foam on it until it goes down, stepping in close.
      const d = Math.hypot(soak.x - p.x, soak.y - p.y);
      out.spray = true;
      out.run = false;
      out.sneak = false;
      out.aimX = soak.x - p.x;
      out.aimY = soak.y - p.y;
      out.moveX = d > SOAK_CLOSE && Math.abs(out.aimX) / d > 0.38 ? Math.sign(out.aimX) : 0;
      out.moveY = d > SOAK_CLOSE && Math.abs(out.aimY) / d > 0.38 ? Math.sign(out.aimY) : 0;
      this.stats.sprays++;
      return out;
    }
    if (chaser) {
      out.run = hud.stamina > 0.05;
      if (hud.hasExtinguisher && hud.pressure <= SPRAY_MIN_PRESSURE && chaserD < SWING_RADIUS && chaser.variant !== 'heavy') {
        // Empty: the canister is a club (each press a swing).
        this.toggle = !this.toggle;
        out.spray = this.toggle;
        out.aimX = chaser.x - p.x;
        out.aimY = chaser.y - p.y;
      } else if (
        hud.hasExtinguisher &&
        hud.pressure > SPRAY_MIN_PRESSURE &&
        (chaser.variant !== 'heavy' || chaserD < HEAVY_SPRAY) &&
        chaserD < SPRAY_RADIUS &&
        this.seeThrough(p.x, p.y, chaser.x, chaser.y, view)
      ) {
        out.spray = true;
        out.run = false;
        out.aimX = chaser.x - p.x;
        out.aimY = chaser.y - p.y;
        this.stats.sprays++;
      }
    } else if (unawareNear) out.sneak = true;

    // The door it walks into: open it when the prompt offers to.
    if (best >= 0 && pr && pr.kind === 'open') {
      const bx = best % w;
      const by = Math.floor(best / w);
      const door = pr.y * w + pr.x;
      const ahead = Math.floor(p.y + out.moveY * 0.8) * w + Math.floor(p.x + out.moveX * 0.8);
      if ((pr.x === bx && pr.y === by) || door === ahead || (view.shutAt(bx, by) && Math.abs(pr.x - bx) + Math.abs(pr.y - by) <= 1)) {
        this.press(out);
        out.run = false;
      }
    }
    return out;
  }

  /** The walkable neighbour (or its own cell, -1) that keeps the most distance from the nearest awake threat. */
  private fleeCell(view: ScreenView, cx: number, cy: number): number {
    const clearance = (x: number, y: number): number => {
      let d = Infinity;
      for (const z of view.infected) {
        if (z.asleep || z.marker === 'dazed') continue;
        d = Math.min(d, Math.hypot(x + 0.5 - z.x, y + 0.5 - z.y));
      }
      return d;
    };
    let best = -1;
    let bestD = clearance(cx, cy) + 0.25;
    for (const [dx, dy] of NEIGHBOURS) {
      if (this.walkCost(view, cx + dx, cy + dy) <= 0) continue;
      const d = clearance(cx + dx, cy + dy);
      if (d > bestD) {
        bestD = d;
        best = (cy + dy) * this.width + cx + dx;
      }
    }
    return best;
  }

  /** The chaser, or else the nearest awake coach on screen. */
  private nearestThreat(view: ScreenView, chaser: ScreenInfected | null): ScreenInfected | null {
    let best = chaser;
    let bestD = chaser ? Math.hypot(chaser.x - view.player.x, chaser.y - view.player.y) : Infinity;
    for (const z of view.infected) {
      if (z.variant !== 'heavy' || z.asleep) continue;
      const d = Math.hypot(z.x - view.player.x, z.y - view.player.y);
      if (d < bestD) {
        bestD = d;
        best = z;
      }
    }
    return best;
  }

  private press(out: Intent): void {
    this.toggle = !this.toggle;
    out.interact = this.toggle;
    if (this.toggle) this.stats.uses++;
  }

  /** A cabinet cell it has seen, not struck off, within REFILL_RADIUS, when pressure is low; -1 otherwise. */
  private wantedCabinet(view: ScreenView): number {
    const hud = view.hud;
    if (!hud.hasExtinguisher || hud.pressure >= TOP_UP_PRESSURE) return -1;
    const p = view.player;
    let best = -1;
    // Empty: any cabinet it has seen, however far (the canister is only a club now).
    const r = hud.pressure <= SPRAY_MIN_PRESSURE ? Math.max(this.width, this.height) : hud.pressure < REFILL_PRESSURE ? REFILL_RADIUS : TOP_UP_RADIUS;
    let bestD = Infinity;
    const reach = r + CABINET_KEEP_MARGIN;
    for (let y = Math.max(0, Math.floor(p.y - reach)); y <= Math.min(this.height - 1, Math.floor(p.y + reach)); y++) {
      for (let x = Math.max(0, Math.floor(p.x - reach)); x <= Math.min(this.width - 1, Math.floor(p.x + reach)); x++) {
        const cell = y * this.width + x;
        if (view.tileAt(x, y) !== Tile.Cabinet || this.emptyCabinets.has(cell)) continue;
        if (this.frontCells(view, x, y).length === 0) continue;
        const d = Math.hypot(x + 0.5 - p.x, y + 0.5 - p.y);
        if (d < bestD && d < (cell === this.cabinetGoal ? reach : r)) {
          bestD = d;
          best = cell;
        }
      }
    }
    return best;
  }

  private frontCells(view: ScreenView, x: number, y: number): number[] {
    const out: number[] = [];
    for (const [dx, dy] of NEIGHBOURS) if (view.tileAt(x + dx, y + dy) === Tile.Floor) out.push((y + dy) * this.width + x + dx);
    return out;
  }

  /** Fills this.goals; returns a key that changes when the goal moves to another cell. */
  private pickGoals(view: ScreenView): number {
    this.goals.length = 0;
    if (this.cabinetGoal >= 0) {
      this.goals.push(...this.frontCells(view, this.cabinetGoal % this.width, Math.floor(this.cabinetGoal / this.width)));
      return -2 - this.cabinetGoal;
    }
    const m = view.marker;
    const p = view.player;
    let gx: number;
    let gy: number;
    let reach = 2;
    if (this.huntGoal >= 0) {
      // Beside the climbing body: the nearest walkable cells to it (it clings to the facade).
      gx = (this.huntGoal % this.width) + 0.5;
      gy = Math.floor(this.huntGoal / this.width) + 0.5;
      reach = 4;
    } else if (!m) return -1;
    else if (m.onScreen) {
      gx = m.x;
      gy = m.y;
    } else {
      // Where the arrow's ray leaves the view, a little inside it.
      const c = view.camera;
      let t = m.distance;
      if (m.dirX > 1e-6) t = Math.min(t, (c.x + c.w - p.x) / m.dirX);
      if (m.dirX < -1e-6) t = Math.min(t, (c.x - p.x) / m.dirX);
      if (m.dirY > 1e-6) t = Math.min(t, (c.y + c.h - p.y) / m.dirY);
      if (m.dirY < -1e-6) t = Math.min(t, (c.y - p.y) / m.dirY);
      t = Math.max(0.5, t - 0.7);
      gx = p.x + m.dirX * t;
      gy = p.y + m.dirY * t;
    }
    const gcx = Math.floor(gx);
    const gcy = Math.floor(gy);
    // The goal cell, or the walkable cells next to it when it is a wall.
    for (let r = 0; r <= reach && this.goals.length === 0; r++) {
      for (let y = gcy - r; y <= gcy + r; y++) {
        for (let x = gcx - r; x <= gcx + r; x++) {
          if (Math.max(Math.abs(x - gcx), Math.abs(y - gcy)) !== r) continue;
          if (x < 0 || y < 0 || x >= this.width || y >= this.height) continue;
          if (this.walkCost(view, x, y) > 0) this.goals.push(y * this.width + x);
        }
      }
    }
    return this.huntGoal >= 0 ? -1000000 - this.huntGoal : gcy * this.width + gcx;
  }

  /** The nearest dazed body (foamed, reeling) within SOAK_RADIUS with a clear line, or null. */
  private dazedToSoak(view: ScreenView): ScreenInfected | null {
    const p = view.player;
    let best: ScreenInfected | null = null;
    let bestD = SOAK_RADIUS;
    for (const z of view.infected) {
      if (z.marker !== 'dazed' || z.variant === 'heavy') continue;
      const d = Math.hypot(z.x - p.x, z.y - p.y);
      if (d < bestD && this.seeThrough(p.x, p.y, z.x, z.y, view)) {
        bestD = d;
        best = z;
      }
    }
    return best;
  }

  /** The nearest body in the climbing pose on screen within HUNT_RADIUS worth going after now, or null. */
  private climberToHunt(view: ScreenView, chaser: ScreenInfected | null, chaserD: number): ScreenInfected | null {
    const hud = view.hud;
    if (!hud.hasExtinguisher || hud.pressure < HUNT_PRESSURE || hud.grabbed) return null;
    const p = view.player;
    let best: ScreenInfected | null = null;
    let bestD = HUNT_RADIUS;
    for (const z of view.infected) {
      if (z.pose !== 'climb') continue;
      const d = Math.hypot(z.x - p.x, z.y - p.y);
      if (d < bestD) {
        bestD = d;
        best = z;
      }
    }
    if (best && chaser && chaser !== best && chaser.pose !== 'climb' && chaserD < HUNT_CLEAR) return null;
    return best;
  }

  /** Cost of stepping on a cell as it looks: -1 for what it cannot walk (walls, a locked door). */
  private walkCost(view: ScreenView, x: number, y: number): number {
    const t = view.tileAt(x, y);
    if (t === UNKNOWN) return UNKNOWN_COST;
    if (t === Tile.Floor) return STEP_COST;
    if (t === Tile.Door) {
      if (this.locked.has(y * this.width + x)) return -1;
      return STEP_COST + (view.shutAt(x, y) ? CLOSED_DOOR_COST : 0);
    }
    return -1;
  }

  /** Dijkstra from the goals over the cells as seen, with the cells round infected made costly. */
  private plan(view: ScreenView): void {
    const w = this.width;
    const cost = this.cost;
    for (let y = 0; y < this.height; y++) for (let x = 0; x < w; x++) cost[y * w + x] = this.walkCost(view, x, y);
    for (const z of view.infected) {
      const chase = this.chasing(view, z);
      if (z.variant === 'heavy' && !z.asleep) {
        const r = HEAVY_BLOCK;
        for (let y = Math.max(0, Math.floor(z.y - r)); y <= Math.min(this.height - 1, Math.floor(z.y + r)); y++) {
          for (let x = Math.max(0, Math.floor(z.x - r)); x <= Math.min(w - 1, Math.floor(z.x + r)); x++) {
            const dx = x + 0.5 - z.x;
            const dy = y + 0.5 - z.y;
            if (dx * dx + dy * dy <= r * r) cost[y * w + x] = -1;
          }
        }
      }
      if (z.marker === 'dazed' && !chase) continue;
      const radius = chase ? CHASER_RADIUS : NEAR_RADIUS;
      const extra = chase ? CHASER_COST : z.asleep ? NEAR_COST / 2 : NEAR_COST;
      for (let y = Math.max(0, Math.floor(z.y - radius)); y <= Math.min(this.height - 1, Math.floor(z.y + radius)); y++) {
        for (let x = Math.max(0, Math.floor(z.x - radius)); x <= Math.min(w - 1, Math.floor(z.x + radius)); x++) {
          const c = y * w + x;
          if (cost[c]! < 0) continue;
          const dx = x + 0.5 - z.x;
          const dy = y + 0.5 - z.y;
          if (dx * dx + dy * dy <= radius * radius) cost[c] = cost[c]! + extra;
        }
      }
    }
    this.paths.build(cost, this.goals);
  }

  /** Nothing it can see blocks the spray between two points (walls, shut doors, lockers, cabinets, glass). */
  private seeThrough(x0: number, y0: number, x1: number, y1: number, view: ScreenView): boolean {
    const steps = Math.ceil(Math.hypot(x1 - x0, y1 - y0) * 4);
    for (let k = 1; k < steps; k++) {
      const x = Math.floor(x0 + ((x1 - x0) * k) / steps);
      const y = Math.floor(y0 + ((y1 - y0) * k) / steps);
      const t = view.tileAt(x, y);
      if (t === Tile.Floor || t === Tile.Table || t === Tile.Void) continue;
      if (t === Tile.Door && !view.shutAt(x, y)) continue;
      return false;
    }
    return true;
  }
}
