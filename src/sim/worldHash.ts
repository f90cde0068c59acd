import { Hasher } from './hash';
import type { World } from './world';
import { HASHED_AGENT_FIELDS } from './horde';

/** A hash of everything that makes up the world's state (not its static level data). */
export function hashWorld(world: World): string {
  const h = new Hasher();
  h.string(world.level.id).number(world.seed).number(world.tick).number(world.rng.state).string(world.status).number(world.checkpoint);
  const o = world.objects;
  h.array(o.itemTaken).array(o.lockerRescued).array(o.triggerFired).array(o.triggerInside).array(o.noticeNear).number(o.hidingIn).number(o.decoys);
  const p = world.player;
  h.number(p.x).number(p.y).number(p.facingX).number(p.facingY).number(p.stamina).bool(p.exhausted).number(p.gait).number(p.footstepTimer);
  h.bool(p.interactHeld).bool(p.throwHeld);
  hashLoot(h, world);
  for (const d of world.doors) h.bool(d.open).bool(d.locked).number(d.hp).bool(d.broken);
  h.number(p.grabbedBy).number(p.grabTimer).number(p.grabPresses).number(p.grabsTaken).number(p.grabImmunity);
  h.number(p.wiggleDir).bool(p.hidden);
  // The table slide, behind a tag, only where a level allows it: replays of other levels hash as before.
  if (p.canVault || p.vaultHold !== 0 || p.vaultLeft !== 0 || p.vaultDirX !== 0 || p.vaultDirY !== 0) {
    h.byte(0x56).bool(p.canVault).number(p.vaultHold).number(p.vaultLeft).number(p.vaultDirX).number(p.vaultDirY);
  }
  h.array(world.grid.solid).array(world.grid.opaque);
  const z = world.horde;
  const n = z.count;
  h.number(n).number(z.nextId);
  for (const field of HASHED_AGENT_FIELDS) h.array(z[field], n);
  const q = world.noises;
  h.number(q.count).array(q.x, q.count).array(q.y, q.count).array(q.loudness, q.count);
  const d = world.director;
  h.number(d.phase).number(d.phaseTimer).number(d.intensity).number(d.spawnTimer).number(d.spawned).number(d.budget);
  h.number(d.lastSpawnPoint).bool(d.enabled);
  h.array(world.foam).array(world.pile).array(world.pileOpen);
  const ex = world.extinguisher;
  h.bool(ex.hasExtinguisher).number(ex.pressure).bool(ex.spraying).bool(ex.sprayHeld).number(ex.burstTimer);
  h.number(ex.noiseTimer).number(ex.foamTimer).number(ex.swingCooldown).number(ex.aimX).number(ex.aimY).number(ex.reach);
  const fc = world.foamClouds;
  h.number(fc.count).array(fc.x, fc.count).array(fc.y, fc.count).array(fc.radius, fc.count).array(fc.ttl, fc.count);
  for (const c of world.cabinets) h.bool(c.used);
  const cans = world.canisters;
  h.number(cans.count).array(cans.x, cans.count).array(cans.y, cans.count).array(cans.vx, cans.count).array(cans.vy, cans.count);
  h.array(cans.rangeLeft, cans.count).array(cans.kind, cans.count);
  // The difficulty sets sight, telegraphs, grabs and spray: two worlds differing only in it play differently.
  h.string(world.difficulty);
  // The flow-field cache is state, not only speed: with more new goals in a tick than
  // HORDE.fieldBuildsPerTick, an agent whose field is not cached steers straight instead.
  // Its keys are hashed (the fields themselves follow from the goal and the grid).
  const f = world.fields;
  h.number(world.grid.revision).array(f.goal).array(f.revision).array(f.lastUsed); // each agent's fieldSlot is an AGENT_FIELDS column
  h.number(world.variantsSeen);
  hashSurvivors(h, world);
  const sg = world.siege;
  h.number(sg.running).number(sg.ticks).number(sg.seconds).number(sg.headStart).array(sg.crowd).array(sg.pile).array(sg.overTimer).array(sg.focus);
  h.number(sg.climberTimer).number(sg.over).number(sg.fell);
  hashObjectives(h, world);
  // The phone chapter's state; nothing in a chapter without it, so older hashes stand.
  const ph = world.phone;
  if (ph !== null) {
    h.string('phone').number(ph.battery).bool(ph.flashlight).bool(ph.flashlightHeld).number(ph.glowTimer);
    h.number(ph.question.length).string(ph.question).number(ph.replies.length);
    for (const r of ph.replies) h.number(r.length).string(r);
  }
  if (world.breath !== null) h.string('breath').bool(world.breath.held).number(world.breath.timer);
  if (world.braceUsed.some((b) => b !== 0)) h.array(world.braceUsed);
  if (world.ventReadyTick.some((t) => t !== 0)) h.string('vents').array(world.ventReadyTick);
  // Weightless loot (WorldOptions.carryWeight false) plays differently; hashed only then, so older hashes stand.
  if (!world.carryWeight) h.string('weightless');
  return h.digest();
}

/** Objectives (beats may add some, so their ids are state too) and the chapter script's flags, in key order. */
function hashObjectives(h: Hasher, world: World): void {
  const ob = world.objectives;
  h.number(ob.specs.length).number(ob.implicitExits);
  // The whole spec (a beat's addObjective makes new ones): its JSON is exact for numbers.
  for (const spec of ob.specs) {
    const text = JSON.stringify(spec);
    h.number(text.length).string(text);
  }
  h.array(ob.active).array(ob.complete).array(ob.failed).array(ob.progress).array(ob.ticks).array(ob.delivered);
  const flags = world.script.flags;
  for (const key of Object.keys(flags).sort()) {
    const v = flags[key]!;
    h.number(key.length).string(key).byte(typeof v === 'number' ? 1 : typeof v === 'string' ? 2 : 3);
    if (typeof v === 'number') h.number(v);
    else if (typeof v === 'string') h.number(v.length).string(v);
    else h.bool(v);
  }
}

/** The group: every survivor column within count (slot 0 mirrors the player), and the allies' field cache keys. */
function hashSurvivors(h: Hasher, world: World): void {
  const s = world.survivors;
  const n = s.count;
  h.number(n).bool(s.orderHeld).number(s.lockKey).number(s.followGoal);
  for (let k = 0; k < n; k++) {
    const id = s.castId[k] ?? '';
    h.number(id.length).string(id);
  }
  h.array(s.role, n).array(s.x, n).array(s.y, n).array(s.facingX, n).array(s.facingY, n).array(s.gait, n).array(s.footstepTimer, n);
  h.array(s.order, n).array(s.state, n).array(s.hidden, n).array(s.grabbedBy, n).array(s.grabTimer, n).array(s.grabImmunity, n);
  h.array(s.turnTimer, n).array(s.carried, n).array(s.arrows, n).array(s.reload, n).array(s.shoveCooldown, n).array(s.noticed, n);
  h.array(s.hideLocker, n).array(s.spotX, n).array(s.spotY, n).array(s.sinceSpotted, n);
  const f = world.survivorFields;
  h.array(f.goal).array(f.revision).array(f.lastUsed);
}

/**
 * Chapter 2's loot state beyond itemTaken (trays carried, the drop button held, where
 * dropped loot lies, the carry limit): hashed only once any of it differs from a world
 * without loot, so a world that never used it (chapter 1, its recorded replays and
 * goldens) hashes as it did before loot existed. Once used it is hashed whole, behind a tag byte.
 */
function hashLoot(h: Hasher, world: World): void {
  const o = world.objects;
  const items = world.level.items;
  let used = o.trays !== 0 || world.player.dropHeld || o.armsFull !== 0;
  for (let i = 0; i < items.length && !used; i++) used = o.itemX[i] !== items[i]!.x || o.itemY[i] !== items[i]!.y;
  if (!used) return;
  h.byte(0x4c).number(o.trays).bool(world.player.dropHeld).array(o.itemX).array(o.itemY).number(o.armsFull);
}
