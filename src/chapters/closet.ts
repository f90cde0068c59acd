import type { RunState } from '../campaign/runState';
import { CLOSET, DOOR, TICK_RATE } from '../sim/tuning';
import type { LevelPoint } from '../sim/level';
import type { World, WorldOptions } from '../sim/world';
import type { ChapterBeats } from './beats';
import type { ChapterDefinition } from './definition';
import { standardResultLines } from './results';
import { nearestExit } from './wayfinding';
import {
  activateObjective,
  bracesCarried,
  caption,
  divert,
  doorNamed,
  flag,
  infectedNear,
  keepDiverting,
  lureNearest,
  openQuestion,
  phoneAsk,
  phoneMessage,
  phoneOn,
  setFlag,
} from './script';

/**
 * Chapter 3, "Low Battery": hiding in the dark supply closet with a dying phone, until the
 * group's diversion pulls the corridor's infected away; then the run east along the dark
 * corridor to the roof stairs (src/levels/maps/closet.tmj). Dread, not running: four
 * infected on the whole floor, the door, the breath, the battery.
 *
 * The plan is the player's reply to Seo-yeon's question (the phone's chat); the group then
 * needs minutes to get into place, and says how it goes on the way:
 *   1 'bell'  the fire bell at the west stairs              (CLOSET.bellDelaySeconds)
 *   2 'lab'   banging on the lab windows, a louder din, later (CLOSET.labDelaySeconds)
 *   3 'go'    they get to the bell, then wait for the player's GO (a second question)
 * Meanwhile the corridor's infected come to the door in turns (CLOSET.visitSeconds): a
 * sniff, scratching, heavier steps; hold your breath, brace the door, or bang the vent to
 * send them down the duct's far end. With no reply by CLOSET.planDeadlineSeconds (ignored,
 * or the phone died) the group sets off anyway: a smaller din in the lab, without telling
 * you (the plan runs without you).
 * If Tae-min was kept with the group (the cafeteria's vote), he turns in their room during
 * the wait; the chat says so and the diversion comes CLOSET.taeMinDelaySeconds later.
 */

/** The script flag worldOptions sets when the vote kept bitten Tae-min with the group. */
const TAE_MIN_TURNS = 'taeMinTurns';

/** Where each diversion happens (tiles): the bell by the west stairs' locked door, the middle of the lab. */
const DIVERSIONS = {
  bell: { x: 2.5, y: 6.5, loudness: CLOSET.bellLoudness, text: 'A fire bell shrieks at the west stairs. Feet pound away, west.' },
  lab: { x: 19.5, y: 2.5, loudness: CLOSET.labLoudness, text: 'Glass rattles in the science lab. The corridor runs to it.' },
} as const;
type DiversionId = keyof typeof DIVERSIONS;

/** Outside the closet door, in the corridor: where the sniffer comes to. */
const OUTSIDE_DOOR = { x: 16.5, y: 7.3 };

export function closetWorldOptions(run: Readonly<RunState>): WorldOptions {
  return {
    phone: { battery: CLOSET.startBattery },
    breathing: true,
    // The braces are tools, not a haul: they weigh nothing (no LOAD row, no DROP button).
    carryWeight: false,
    flags: run.votes['tae-min'] === 'keep' ? { [TAE_MIN_TURNS]: true } : {},
  };
}

function seconds(world: World): number {
  return world.tick / TICK_RATE;
}

/** Schedules the diversion `id` at second `at` (once: a plan chosen later does not move it). */
function planDiversion(world: World, id: DiversionId, at: number): void {
  if (flag(world, 'divertAt') !== undefined) return;
  const delay = flag(world, TAE_MIN_TURNS) === true ? CLOSET.taeMinDelaySeconds : 0;
  setFlag(world, 'divertAt', at + delay);
  setFlag(world, 'divertWith', id);
}

/** The group's news on its way to the plan's place (CLOSET.progressSeconds after the reply). */
const PROGRESS: Record<'bell' | 'lab' | 'go', readonly string[]> = {
  bell: ['On the back stairs. Two of them on the landing below. Waiting.', 'Past them. Checking the corridor to the west stairs. Nearly there.'],
  lab: ['Going round by the yard to the lab windows. Slow going. Stay put.', 'At the yard door. We can see the lab windows. A bit longer.'],
  go: ['On the back stairs. Two of them on the landing. Going for the bell.', 'Nearly at the bell. Be ready.'],
};

/** Where the sniffer stops outside the door, per visit (CLOSET.visitSeconds): what you hear. */
const VISIT_LINES = [
  'Sniffing at the door. Hold your breath and keep still.',
  'Nails scratch down the door. It is back. Hold your breath.',
  'It sniffs along the gap under the door, slower this time. Hold your breath.',
  'Again at the door, wheezing. Hold your breath.',
] as const;

function startDiversion(world: World): void {
  const id = (flag(world, 'divertWith') as DiversionId | undefined) ?? 'lab';
  const d = DIVERSIONS[id];
  // The plan that ran without you is the smaller one: fewer hands, no signal from you.
  const loudness = flag(world, 'planDefault') === true ? CLOSET.defaultLoudness : d.loudness;
  divert(world, d.x, d.y, loudness);
  setFlag(world, 'diverted', true);
  setFlag(world, 'dinUntil', seconds(world) + CLOSET.dinSeconds);
  setFlag(world, 'dinLoudness', loudness);
  caption(world, 'diversion', `${d.text} Let them pass...`, { x: d.x, y: d.y });
  setFlag(world, 'goAt', seconds(world) + CLOSET.goAfterSeconds);
  activateObjective(world, 'roof');
}

/**
 * True once the diverted infected have had time to run past the closet door and none awake is
 * still by it (the slow coach came past seconds after the go, and a newcomer told to run
 * walked into him), or at the latest CLOSET.goMaxWaitSeconds later: the way east is open.
 */
function goTime(w: World): boolean {
  const go = flag(w, 'goAt');
  if (typeof go !== 'number' || seconds(w) < go) return false;
  if (seconds(w) >= go + CLOSET.goMaxWaitSeconds) return true;
  const h = w.horde;
  for (let i = 0; i < h.count; i++) {
    if (h.asleep[i] === 1) continue;
    const dx = h.x[i]! - OUTSIDE_DOOR.x;
    const dy = h.y[i]! - OUTSIDE_DOOR.y;
    if (dx * dx + dy * dy < CLOSET.goClearRadius * CLOSET.goClearRadius) return false;
  }
  return true;
}

/**
 * The beats: the chat on a clock (world ticks), the sniffer sent to the door, the plan from
 * the player's reply, Tae-min's turn (when the vote kept him), the diversion, the corridor.
 */
export const closetBeats: ChapterBeats = (world: World) => {
  const t = seconds(world);
  const at = (s: number): boolean => world.tick === Math.round(s * TICK_RATE);
  if (at(1)) caption(world, 'closet', 'The supply closet. Dark, door shut, phone at ' + Math.round(world.phone?.battery ?? 0) + '%. Something moves outside.');
  if (at(CLOSET.firstMessageSeconds)) phoneMessage(world, 'hello', 'Seo-yeon', 'Joon? We made it to the music room. Are you OK? Keep your light off.');
  if (at(CLOSET.questionSeconds)) {
    phoneAsk(world, 'plan', 'Seo-yeon', 'Your corridor is full. We make a racket, you run for the roof. How?', CLOSET_REPLIES);
  }
  // They come to the door in turns over the wait (none once the din has pulled them away).
  CLOSET.visitSeconds.forEach((s, k) => {
    if (!at(s) || flag(world, 'diverted') === true) return;
    if (lureNearest(world, OUTSIDE_DOOR.x, OUTSIDE_DOOR.y, CLOSET.snifferRadius) >= 0) {
      caption(world, `footsteps${k}`, k === 0 ? 'Slow footsteps in the corridor, coming closer.' : 'Footsteps again, coming back toward your door.');
    }
  });
  // The group on its way: news in the chat, then their last word before the din.
  const planAt = flag(world, 'planAt');
  const planWith = flag(world, 'planWith') as 'bell' | 'lab' | 'go' | undefined;
  if (typeof planAt === 'number' && planWith !== undefined) {
    CLOSET.progressSeconds.forEach((s, k) => {
      if (at(planAt + s)) phoneMessage(world, `progress${k}`, k === 1 && planWith !== 'lab' ? 'Gu-ho' : 'Seo-yeon', PROGRESS[planWith][k]!);
    });
    if (planWith === 'go' && at(planAt + CLOSET.goReadySeconds)) {
      phoneAsk(world, 'go', 'Seo-yeon', 'We are at the bell. Text GO when you are ready and we ring it.', ['GO']);
    }
    // No GO (ignored, or the phone died): they will not wait for ever.
    if (planWith === 'go' && at(planAt + CLOSET.goReadySeconds + CLOSET.goWaitSeconds) && flag(world, 'divertAt') === undefined) {
      planDiversion(world, 'bell', t);
      phoneMessage(world, 'no_go', 'Seo-yeon', 'No answer from you. We ring it now. RUN when you hear it.');
    }
  }
  const divertAt = flag(world, 'divertAt');
  if (typeof divertAt === 'number' && flag(world, 'planDefault') !== true && at(divertAt - CLOSET.countdownSeconds)) {
    phoneMessage(world, 'countdown', 'Seo-yeon', 'In place. Twenty seconds. When you hear it, let them pass, then RUN.');
  }
  if (flag(world, TAE_MIN_TURNS) === true) {
    if (at(CLOSET.taeMinFeverSeconds)) phoneMessage(world, 'fever', 'Seo-yeon', 'Tae-min is burning up. He keeps scratching at the bite.');
    if (at(CLOSET.taeMinTurnSeconds)) {
      setFlag(world, 'taeMinTurned', true);
      phoneMessage(world, 'turned', 'Seo-yeon', 'Tae-min turned. In here, with us. We got him out. Give us a minute.');
    }
  }

  // Something at the door: once per visit, a sniff you can hear.
  const atDoor = infectedNear(world, OUTSIDE_DOOR.x, OUTSIDE_DOOR.y, CLOSET.sniffRadius) > 0;
  if (atDoor && flag(world, 'sniffing') !== true) {
    const door = doorNamed(world, 'closet');
    const visit = Number(flag(world, 'visits') ?? 0);
    setFlag(world, 'visits', visit + 1);
    caption(world, 'sniff', VISIT_LINES[Math.min(visit, VISIT_LINES.length - 1)], { x: OUTSIDE_DOOR.x, y: OUTSIDE_DOOR.y, sfx: visit === 0 ? 'sniff' : 'doorScratch' });
    if (door && !door.open) setFlag(world, 'sniffed', true);
  }
  setFlag(world, 'sniffing', atDoor);

  const count = world.events.length;
  for (let k = 0; k < count; k++) {
    const e = world.events[k]!;
    if (e.type === 'phoneReplied') {
      if (e.question === 'plan') {
        setFlag(world, 'planAt', t);
        if (e.choice === 1) {
          setFlag(world, 'planWith', 'bell');
          planDiversion(world, 'bell', t + CLOSET.bellDelaySeconds);
          phoneMessage(world, 'ok_bell', 'Seo-yeon', 'OK. The fire bell by the west stairs. A couple of minutes. Hang on.');
        } else if (e.choice === 2) {
          setFlag(world, 'planWith', 'lab');
          planDiversion(world, 'lab', t + CLOSET.labDelaySeconds);
          phoneMessage(world, 'ok_lab', 'Seo-yeon', 'OK. The lab windows: louder, but round by the yard. Three minutes.');
        } else {
          setFlag(world, 'planWith', 'go');
          phoneMessage(world, 'ok_go', 'Seo-yeon', 'OK. We go to the fire bell and wait for your GO. It takes a while.');
        }
      } else if (e.question === 'go') {
        planDiversion(world, 'bell', t + CLOSET.goDelaySeconds);
        phoneMessage(world, 'ok_go', 'Seo-yeon', 'Ringing it now. RUN when you hear it.');
      }
    } else if (e.type === 'phoneDied') {
      caption(world, 'dead', 'Your phone dies. No light, no messages. The group goes without you: listen.');
    } else if (e.type === 'ventBanged') {
      const v = Number(flag(world, 'ventBangs') ?? 0);
      setFlag(world, 'ventBangs', v + 1);
      if (v === 0) caption(world, 'vent', 'You bang the vent. It booms down the duct to the west stairs: they go to look.', { x: e.farX, y: e.farY });
    } else if (e.type === 'doorReinforced') {
      caption(world, 'braced', e.item === 'tape' ? 'You tape the door shut. Loud.' : 'You jam the mop handle under the handle. Loud.');
    } else if (e.type === 'doorBashed' && world.level.doors[e.door]?.name === 'closet' && flag(world, 'bashing') !== true) {
      setFlag(world, 'bashing', true);
      caption(world, 'bashing', 'It heard you. It is hitting the door. Brace it, or wait for the diversion.', { sfx: 'doorBash' });
    } else if (e.type === 'glowNoticed' && flag(world, 'glow') !== true) {
      setFlag(world, 'glow', true);
      caption(world, 'glow', 'Your light shows under the door. Something outside saw it.');
    } else if (e.type === 'trigger' && e.name === 'out_of_closet' && flag(world, 'diverted') !== true) {
      caption(world, 'early', 'Out before the diversion: they are still in the corridor. Quietly.');
    } else if (e.type === 'trigger' && e.name === 'stairs_door') {
      caption(world, 'stairs', 'The roof stairs door. Up and out.');
    } else if (e.type === 'notePicked') {
      caption(world, 'note', "One of Mr. Baek's lab notes, by the flashlight's last light. You pocket it.");
    }
  }

  // The plan runs without you: no reply by the deadline, the group goes anyway.
  if (at(CLOSET.planDeadlineSeconds) && flag(world, 'divertAt') === undefined && flag(world, 'planWith') === undefined) {
    setFlag(world, 'planDefault', true);
    planDiversion(world, 'lab', t + CLOSET.labDelaySeconds);
  }
  const go = flag(world, 'goAt');
  if (typeof go === 'number' && world.tick === Math.round(go * TICK_RATE)) caption(world, 'go', 'They ran past, toward the din. Go: east along the corridor to the roof stairs.');
  const when = flag(world, 'divertAt');
  if (typeof when === 'number' && t >= when && flag(world, 'diverted') !== true) startDiversion(world);
  // The din goes on for a while: it keeps pulling them (a breath heard at the door would bring one back).
  const until = flag(world, 'dinUntil');
  const every = Math.round(CLOSET.dinEverySeconds * TICK_RATE);
  if (typeof until === 'number' && t < until && world.tick % every === 0) {
    const d = DIVERSIONS[(flag(world, 'divertWith') as DiversionId | undefined) ?? 'lab'];
    keepDiverting(world, d.x, d.y, Number(flag(world, 'dinLoudness') ?? d.loudness));
  }
};

/** The replies to Seo-yeon's question, in the order the intent's `reply` (1..3) picks them. */
export const CLOSET_REPLIES = ['Ring the fire bell at the west stairs. Soon.', 'Bang on the lab windows in a minute.', 'Wait until I text GO.'] as const;

/** Inside the closet, by the shelves: where the marker keeps you until the diversion. */
const HIDE_SPOT: LevelPoint = { x: 16.5, y: 10.6 };

/** Just inside the closet door: where it is braced from. */
const INSIDE_DOOR: LevelPoint = { x: 16.5, y: 9.5 };

/** In front of the vent, where it is banged from. */
const AT_VENT: LevelPoint = { x: 16.5, y: 11.4 };

/** Something is hitting the closet door now: it is damaged, still shut, and one stands at it. */
function doorUnderAttack(w: World): boolean {
  const door = doorNamed(w, 'closet');
  if (!door || door.broken || door.open || door.hp >= DOOR.hp) return false;
  return infectedNear(w, OUTSIDE_DOOR.x, OUTSIDE_DOOR.y, CLOSET.sniffRadius + 1) > 0;
}

/**
 * The objective marker: the back of the closet until the diversion (while the door is being
 * hit: the door to brace it, or the vent to bang once the braces are used), then the roof stairs.
 */
export function closetTarget(w: World): LevelPoint | null {
  if (goTime(w)) return nearestExit(w);
  if (doorUnderAttack(w)) return bracesCarried(w) > 0 ? INSIDE_DOOR : AT_VENT;
  return HIDE_SPOT;
}

/** The HUD's objective line: what to do now, in the order the chapter plays. */
export function closetObjective(w: World): string {
  if (w.status === 'won') return 'You made it to the roof stairs.';
  if (goTime(w)) return 'Run east along the dark corridor to the roof stairs.';
  if (flag(w, 'diverted') === true) return 'The din! Wait a moment: let them run past your door.';
  if (doorUnderAttack(w)) {
    return bracesCarried(w) > 0 ? 'It is hitting the door. Brace it: mop handle or tape.' : 'It is hitting the door. Bang the vent to draw it off.';
  }
  if (flag(w, 'bashing') === true && doorNamed(w, 'closet')?.broken === true) return 'The door is broken. Keep away from the doorway and wait.';
  if (flag(w, 'sniffing') === true) return 'Something at the door. Hold your breath, or bang the vent.';
  if (openQuestion(w) !== '') return 'Answer Seo-yeon on your phone: pick the plan.';
  if (flag(w, 'divertAt') !== undefined) return 'Stay hidden in the closet until the diversion.';
  if (!phoneOn(w)) return 'Stay hidden. The group will make a noise: listen for it.';
  return 'Stay hidden in the closet. Keep quiet, keep your light off.';
}

/** Chapter 3, "Low Battery": the supply closet, the dark corridor, the roof stairs. */
export const CLOSET_CHAPTER: ChapterDefinition = {
  id: 'closet',
  number: 3,
  place: 'Supply closet',
  title: 'Low Battery',
  map: 'closet',
  theme: 'closet',
  music: 'exploreCloset',
  assetPack: 'closet',
  seed: 0xc105e7,
  beats: closetBeats,
  sightings: {
    sprinter: 'A sprinter in the dark. Your light carries: it sees a lit phone from far off.',
    heavy: 'The coach, by the roof stairs door. Slow. Let the diversion pull him away.',
  },
  worldOptions: closetWorldOptions,
  objective: closetObjective,
  objectiveTarget: closetTarget,
  lossTips: {
    sprinter: 'A sprinter got you. In the dark they see you only close, unless your flashlight is on: keep it off in the corridor.',
    heavy: 'The coach got you. Wait for the diversion to pull him from the stairs door.',
    cheerleader: 'The cheerleader got you. Her cheer calls the others: stay out of her sight.',
    climber: 'A climber got you. Foam knocks them off the wall.',
    bitten: 'You were caught. Hold your breath when something is at the door, and brace it if it starts hitting.',
  },
  resultLines: (world, summary) => {
    const lines = standardResultLines(world, summary, 'Lab notes');
    lines.splice(lines.length - 1, 0, `Battery left ${Math.round(world.phone?.battery ?? 0)}%`);
    return lines;
  },
  usesPhone: true,
  // The bots hide at the back of the closet until the diversion.
  botWait: (w) => (goTime(w) ? null : HIDE_SPOT),
};
