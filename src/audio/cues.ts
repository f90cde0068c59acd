import type { SfxName } from '../assets/sfxSprite';
import type { World } from '../sim/world';
import { DIFFICULTY } from '../sim/tuning';
import { castName } from '../campaign/cast';

/** One sound the game should play for a sim event, where, and what its caption says. */
export interface Cue {
  sfx: SfxName;
  /** Position in tiles; absent for non-positional (UI, the player's own) sounds. */
  x?: number;
  y?: number;
  caption?: string;
  /** Plays the detection stinger (music bus) too. */
  stinger?: boolean;
}

const GURGLES: SfxName[] = ['gurgle1', 'gurgle2', 'gurgle3', 'gurgle4'];

/**
 * Sim events to sound cues. Pure: reads the event and the world, returns cues. Event
 * kinds this table does not know (added by other systems later) are ignored, never an
 * error; fields are read defensively for the same reason.
 */
export function cuesForEvent(event: { type: string } & Record<string, unknown>, world: World): Cue[] {
  const num = (k: string): number | undefined => (typeof event[k] === 'number' ? (event[k] as number) : undefined);
  const at = (): { x?: number; y?: number } => {
    const x = num('x');
    const y = num('y');
    return x !== undefined && y !== undefined ? { x, y } : {};
  };
  const doorAt = (): { x?: number; y?: number } => {
    const d = world.doors[num('door') ?? -1];
    return d ? { x: d.x + 0.5, y: d.y + 0.5 } : at();
  };
  // Where the ally an event names stands (events without a position name its survivor slot).
  const allyAt = (): { x?: number; y?: number } => {
    const k = num('survivor') ?? -1;
    const s = world.survivors;
    return k >= 1 && k < s.count ? { x: s.x[k]!, y: s.y[k]! } : at();
  };
  const variant = (n: number): number => Math.abs(Math.floor((num('x') ?? 0) * 7 + (num('y') ?? 0) * 13 + world.tick)) % n;
  switch (event.type) {
    case 'noise':
      switch (event['source']) {
        case 'footstep':
          return [{ sfx: 'playerStep' }];
        case 'vending':
          return [{ sfx: 'vending', ...at(), caption: 'Vending machine rattles' }];
        case 'throw':
          return [{ sfx: 'trayClatter', ...at(), caption: 'Clatter' }];
        case 'cheer':
          return [{ sfx: 'cheer', ...at(), caption: 'Cheerleader cheers' }];
        case 'phone':
          return [{ sfx: 'phoneBuzz', caption: 'Phone buzzes' }];
        case 'bash':
          return [{ sfx: 'doorBash', ...at(), caption: 'Door pounded' }];
        // Chapter 3: your own breath in the silence (only made while one is close), the group's din.
        case 'breath':
          return [{ sfx: 'breathOut' }];
        case 'din':
          return [{ sfx: 'doorBash', ...at(), caption: 'A racket, far off' }];
        default:
          return [];
      }
    // The phone and the closet (chapter 3).
    case 'flashlightToggled':
      return [{ sfx: 'flashlightClick' }];
    case 'phoneDied':
      return [{ sfx: 'uiBack', caption: 'Phone dead' }];
    case 'breathGasp':
      return [{ sfx: 'breathIn', caption: 'You gasp for air' }];
    case 'glowNoticed':
      return [{ sfx: 'sniff', ...at(), caption: 'Something saw your light' }];
    case 'doorReinforced':
      return [{ sfx: 'reinforce', ...doorAt(), caption: 'Door braced' }];
    // The closet's vent: the boom is heard at the grille (you bang it), the caption says where it went.
    case 'ventBanged':
      return [{ sfx: 'ventBang', ...at(), caption: 'The duct booms away' }];
    case 'doorOpened':
      return [{ sfx: 'doorOpen', ...doorAt() }];
    case 'doorClosed':
      return [{ sfx: 'doorClose', ...doorAt() }];
    case 'doorLocked':
      return [{ sfx: 'uiBack', ...doorAt(), caption: 'Locked' }];
    case 'doorBashed':
    case 'doorBash':
      return [{ sfx: 'doorBash', ...doorAt(), caption: 'Door pounded' }];
    case 'doorBroken':
    case 'doorBroke':
      return [{ sfx: 'doorBreak', ...doorAt(), caption: 'Door smashed' }];
    // The horde's events (src/sim/events.ts).
    case 'infectedAlerted':
      return [{ sfx: 'snarl', ...at(), stinger: true, caption: 'Spotted!' }];
    case 'infectedSprint':
      return [{ sfx: GURGLES[variant(GURGLES.length)]!, ...at(), caption: 'Gurgling' }];
    case 'infectedSlammed':
      return [{ sfx: 'wallSlam', ...at(), caption: 'Thud' }];
    // Knocked off a roof's wall (or over its parapet): the long fall (src/sim/siege.ts).
    case 'infectedFell':
      return [{ sfx: 'climberFall', ...at(), caption: 'Falling scream' }];
    case 'bodyOver':
      return [{ sfx: 'sniff', ...at(), caption: 'Scrabbling at the wall' }];
    case 'pileOpened':
      return [{ sfx: 'doorScratch', ...at(), caption: 'The pile reaches the top' }];
    case 'grabBroken':
      // That was the last grab the player survives: the next one is a bite. Said loudly, once.
      if (world.player.grabsTaken >= DIFFICULTY[world.difficulty].grabHealth) {
        return [
          { sfx: 'wallSlam', caption: 'Broke free' },
          { sfx: 'snarl', caption: 'NO GRABS LEFT: the next one bites. Keep your distance.', stinger: true },
        ];
      }
      return [{ sfx: 'wallSlam', caption: 'Broke free' }];
    case 'canisterHit':
    case 'canisterLanded':
      return [{ sfx: 'trayClatter', ...at(), caption: 'Clang' }];
    case 'cabinetUsed':
      return [{ sfx: 'uiClick', caption: 'Fresh extinguisher' }];
    case 'lockerEntered':
    case 'lockerExited':
      return [{ sfx: 'doorClose' }];
    case 'classmateRescued':
      return [{ sfx: 'doorOpen', caption: `${String(event['name'])} is free` }];
    case 'notePicked':
      // The chapter's beats say whose note it is (a caption of their own).
      return [{ sfx: 'uiClick' }];
    case 'noticeRead':
      return typeof event['text'] === 'string' ? [{ sfx: 'uiClick', caption: `Notice: ${event['text']}` }] : [];
    case 'decoyLanded':
      return [{ sfx: 'trayClatter', ...at(), caption: 'Clatter' }];
    case 'decoyPicked': {
      const item = world.level.items[num('item') ?? -1];
      return [{ sfx: 'itemPickup', caption: `Picked up a ${item?.kind === 'decoy' ? item.item : 'can'}` }];
    }
    case 'lootPicked':
      return [{ sfx: 'itemPickup', caption: `Took a ${typeof event['loot'] === 'string' ? event['loot'] : 'snack'}` }];
    // Chapter 2: the player's own scrape over a table (non-positional, like their steps).
    case 'tableSlid':
      return [{ sfx: 'tableSlide', caption: 'Table scrapes' }];
    case 'lootDropped':
      return [{ sfx: 'itemDrop', caption: 'Dropped a snack' }];
    case 'vendingUsed': {
      const m = world.level.vendingMachines?.[num('machine') ?? -1];
      return [{ sfx: 'itemDrop', ...(m ? { x: m.x + 0.5, y: m.y + 0.5 } : {}), caption: `The machine drops ${num('count') ?? 'several'} snacks` }];
    }
    case 'trayHit':
      return [{ sfx: 'shove', ...at(), caption: 'The tray knocks one over' }];
    case 'keyPicked': {
      const key = typeof event['key'] === 'string' && event['key'] !== '' ? event['key'] : 'key';
      const door = typeof event['unlocks'] === 'string' ? event['unlocks'] : 'door';
      return [{ sfx: 'uiClick', caption: `Took the ${key}: the ${door} can be opened now` }];
    }
    case 'beat':
      return typeof event['caption'] === 'string' ? [{ sfx: (event['sfx'] as SfxName | undefined) ?? 'uiBack', ...at(), caption: event['caption'] }] : [];
    case 'telegraph':
      return [{ sfx: 'snarl', ...at(), caption: 'Snarl' }];
    case 'sprint':
    case 'sprintStart':
      return [{ sfx: GURGLES[variant(GURGLES.length)]!, ...at(), caption: 'Gurgling' }];
    case 'sprintStep':
      return [{ sfx: 'sprintStep', ...at() }];
    case 'gurgle':
      return [{ sfx: GURGLES[variant(GURGLES.length)]!, ...at() }];
    case 'slam':
    case 'wallSlam':
      return [{ sfx: 'wallSlam', ...at(), caption: 'Thud' }];
    case 'grab':
    case 'grabbed':
      return [{ sfx: 'grab', caption: 'Grabbed!' }];
    case 'detected':
    case 'spotted':
      return [{ sfx: 'snarl', ...at(), stinger: true, caption: 'Spotted!' }];
    // Allies (src/sim/allies.ts): their own words are barks (src/audio/barks.ts); these are the sounds.
    case 'allyGrabbed':
      return [{ sfx: 'grab', ...at() }];
    case 'allyBitten':
      // Their own words say it (a bark, always shown): no second caption.
      return [{ sfx: 'allyBitten', ...allyAt() }];
    case 'allyTurned':
      return [{ sfx: 'snarl', ...at(), stinger: true, caption: `${castName(String(event['ally'] ?? ''))} has turned` }];
    case 'allyShove':
      return [{ sfx: 'shove', ...at(), caption: 'Shoved' }];
    case 'arrowShot': {
      // The bow where she stands; a hit lands where the arrow struck. Frequent: no captions.
      const cues: Cue[] = [{ sfx: 'bowShot', ...at() }];
      const tx = num('tx');
      const ty = num('ty');
      if (event['hit'] === true && tx !== undefined && ty !== undefined) cues.push({ sfx: 'arrowHit', x: tx, y: ty });
      return cues;
    }
    // The hiss itself (start, loop, stop tail) follows world.extinguisher.spraying through
    // gameAudio().setSpraying, so 'sprayStart' / 'sprayStop' need no cue here.
    case 'sputter':
    case 'sprayEmpty':
      return [{ sfx: 'sputter', caption: 'Extinguisher sputters' }];
    default:
      return [];
  }
}
