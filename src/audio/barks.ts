import { castName } from '../campaign/cast';
import { TICK_SECONDS } from '../sim/tuning';
import type { World } from '../sim/world';
import { ALLY_STATE, survivorsOf } from '../view/allyLook';

/**
 * Barks: the short lines allies say on their events (sees an infected, grabbed, broke
 * free, bitten, low on arrows, an order acknowledged), shown as speech captions. Pure and
 * clocked by the sim's tick, so a replay barks the same. Original lines, in each
 * classmate's own voice (GAME_DESIGN.md: Tae-min the clown, Ji-an cold, Gu-ho the bully,
 * Da-som the archery captain, Seo-yeon the planner).
 */

export type BarkKind = 'spotted' | 'grabbed' | 'brokeFree' | 'bitten' | 'lowArrows' | 'follow' | 'wait' | 'hide';

/** `{n}` is replaced by a number (the arrows left). The '' entry is for anyone else. */
export const BARK_LINES: Record<BarkKind, Record<string, readonly string[]>> = {
  spotted: {
    'tae-min': ['One of them. Nobody make it weird.', 'Oh good, company.', 'Something moved. I hate when things move.'],
    'ji-an': ["There. It hasn't smelled me yet.", 'One ahead. I can hear it breathing.'],
    'gu-ho': ['Ugly one, dead ahead.', 'Got one. You want it, or should I?'],
    'da-som': ['Target ahead.', 'I see one. Stay behind me.'],
    'seo-yeon': ['One there. Slow down.', 'Careful, one ahead.'],
    '': ['One of them, ahead.'],
  },
  grabbed: {
    'tae-min': ['Get it off! Get it OFF!', 'Not the face, not the face!'],
    'ji-an': ["It's got me. Help!", 'Off! Get it off me!'],
    'gu-ho': ['Hey! Get over here!', 'Get this thing off me!'],
    'da-som': ["It's on me! Help!", "I can't reach my bow!"],
    'seo-yeon': ["Help! It's got my arm!", 'Help me!'],
    '': ['Help me!'],
  },
  brokeFree: {
    'tae-min': ["I'm out! Nobody saw that.", 'Free! Ten out of ten escape.'],
    'ji-an': ["I'm loose.", 'It let go.'],
    'gu-ho': ['Ha. Nice try.', 'That all you got?'],
    'da-som': ["Clear. I'm okay.", "I'm fine. Move."],
    'seo-yeon': ["I'm okay, keep going!", "I'm free!"],
    '': ["I'm free!"],
  },
  bitten: {
    'tae-min': ["It... bit me. That's fine. Totally fine."],
    'ji-an': ["Again? ...It doesn't matter."],
    'gu-ho': ["It bit me. Don't look at me like that."],
    'da-som': ["I'm bitten. I can still shoot."],
    'seo-yeon': ["It got me. Don't stop for me."],
    '': ["I'm bitten..."],
  },
  lowArrows: {
    'da-som': ['{n} arrows left. Make room.', 'Running low: {n} left.'],
    '': ['{n} arrows left.'],
  },
  follow: {
    'tae-min': ['Right behind you.', 'Following. Like a shadow. A nervous one.'],
    'ji-an': ['Fine. Lead.'],
    'gu-ho': ["Yeah, yeah. I'm coming."],
    'da-som': ['With you.'],
    'seo-yeon': ['Okay. Together.'],
    '': ['Coming.'],
  },
  wait: {
    'tae-min': ['Standing here. Like a statue. A scared statue.', "Waiting. Don't forget me."],
    'ji-an': ["I'll wait."],
    'gu-ho': ["Don't take forever."],
    'da-som': ['Holding here.'],
    'seo-yeon': ['We wait. Be quick.'],
    '': ['Waiting.'],
  },
  hide: {
    'tae-min': ["Hiding. I'm amazing at hiding."],
    'ji-an': ['Hiding.'],
    'gu-ho': ['Hide? Whatever.'],
    'da-som': ['Finding cover.'],
    'seo-yeon': ['Hiding. Call us.'],
    '': ['Hiding.'],
  },
};

/** Rate limits, in seconds of sim time. */
export const BARKS = {
  /** Between any two barks (a crowd of lines is noise), except the urgent ones. */
  gap: 1.5,
  /** Between two lines of the same kind from the same ally. */
  sameKind: { spotted: 12, grabbed: 2, brokeFree: 4, bitten: 0, lowArrows: 6, follow: 0, wait: 0, hide: 0 } satisfies Record<BarkKind, number>,
  /** An order is acknowledged this long after the last press, so cycling past Wait to Hide says only "Hide". */
  orderSettle: 0.35,
} as const;

/** Grabbed and bitten always speak: they are what the player must hear now. */
const URGENT: ReadonlySet<BarkKind> = new Set(['grabbed', 'bitten']);

export interface Bark {
  kind: BarkKind;
  castId: string;
  /** The speaker's name, for the caption ("Tae-min: ..."). */
  name: string;
  text: string;
  /** Where the speaker is (tiles), for the caption's arrow. */
  x: number;
  y: number;
}

/**
 * Turns each tick's ally events into barks, rate-limited. `take(world)` after every step
 * (events are per step) returns the lines to show now.
 */
export class Barks {
  private lastAt = -Infinity;
  private readonly lastKindAt = new Map<string, number>();
  private readonly nextLine = new Map<string, number>();
  /** An order waiting to be acknowledged (orderSettle), with the tick it is due. */
  private pendingOrder: { kind: BarkKind; due: number } | null = null;

  /** Forgets everything (a retry: the allies speak afresh). */
  reset(): void {
    this.lastAt = -Infinity;
    this.lastKindAt.clear();
    this.nextLine.clear();
    this.pendingOrder = null;
  }

  take(world: World): Bark[] {
    const now = world.tick * TICK_SECONDS;
    const out: Bark[] = [];
    for (const e of world.events as readonly ({ type: string } & Record<string, unknown>)[]) {
      const ally = typeof e['survivor'] === 'number' ? e['survivor'] : -1;
      switch (e.type) {
        case 'allySpotted':
          this.offer(world, out, now, 'spotted', ally);
          break;
        case 'allyGrabbed':
          this.offer(world, out, now, 'grabbed', ally);
          break;
        case 'allyBrokeFree':
          this.offer(world, out, now, 'brokeFree', ally);
          break;
        case 'allyBitten':
          this.offer(world, out, now, 'bitten', ally);
          break;
        case 'arrowsLow':
          this.offer(world, out, now, 'lowArrows', ally, typeof e['arrows'] === 'number' ? e['arrows'] : 0);
          break;
        case 'allyOrder': {
          const order = e['order'];
          if (order === 'follow' || order === 'wait' || order === 'hide') this.pendingOrder = { kind: order, due: world.tick + Math.round(BARKS.orderSettle / TICK_SECONDS) };
          break;
        }
        default:
          break;
      }
    }
    if (this.pendingOrder && world.tick >= this.pendingOrder.due) {
      const { kind } = this.pendingOrder;
      this.pendingOrder = null;
      const who = responder(world);
      if (who >= 0) this.offer(world, out, now, kind, who);
    }
    return out;
  }

  /** Ally `slot` (its survivor slot, as the event names it) says a line of `kind`, unless a limit holds it back. */
  private offer(world: World, out: Bark[], now: number, kind: BarkKind, slot: number, n = 0): void {
    const s = survivorsOf(world);
    if (!s || slot < 1 || slot >= s.count) return;
    const castId = s.castId[slot] ?? '';
    const key = `${castId}|${kind}`;
    if (now - (this.lastKindAt.get(key) ?? -Infinity) < BARKS.sameKind[kind]) return;
    if (!URGENT.has(kind) && now - this.lastAt < BARKS.gap) return;
    // One line per tick is enough; an urgent one replaces a lesser one said this tick.
    if (out.length > 0) {
      if (!URGENT.has(kind) || URGENT.has(out[0]!.kind)) return;
      out.length = 0;
    }
    const lines = BARK_LINES[kind][castId] ?? BARK_LINES[kind]['']!;
    const i = this.nextLine.get(key) ?? 0;
    this.nextLine.set(key, (i + 1) % lines.length);
    this.lastKindAt.set(key, now);
    this.lastAt = now;
    out.push({ kind, castId, name: castName(castId), text: lines[i % lines.length]!.replace('{n}', String(n)), x: s.x[slot]!, y: s.y[slot]! });
  }
}

/** Who answers an order: the ally nearest the player who is free to talk (not grabbed); -1 for none. */
function responder(world: World): number {
  const s = survivorsOf(world);
  if (!s) return -1;
  let best = -1;
  let bestD = Infinity;
  for (let k = 1; k < s.count; k++) {
    if (s.state[k] !== ALLY_STATE.Ok && s.state[k] !== ALLY_STATE.Bitten) continue;
    const d = (s.x[k]! - world.player.x) ** 2 + (s.y[k]! - world.player.y) ** 2;
    if (d < bestD) {
      bestD = d;
      best = k;
    }
  }
  return best;
}
