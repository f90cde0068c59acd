import type { SimEvent } from '../sim/events';
import type { World } from '../sim/world';

/** How many chat lines the phone shows (the latest last). */
export const CHAT_LINES = 3;

/** What the phone panel draws (pure, from the World and the chat so far). */
export interface PhoneModel {
  /** Percent, whole. */
  battery: number;
  /** Below 20 %: the battery shows red. */
  low: boolean;
  /** 0 %: the screen is black, no light, no messages, no replies. */
  dead: boolean;
  flashlight: boolean;
  /** The latest chat lines, oldest first. */
  chat: string[];
  /** The replies the open question offers (pick with 1..3). */
  replies: string[];
  /** Holding the breath now (when breathing is heard in this chapter). */
  holdingBreath: boolean;
  breathing: boolean;
}

/**
 * The group chat as the phone shows it: the chat beats (`chat_` captions from the script
 * facade's phoneMessage) and the player's own replies, in order. Fed each tick's events.
 */
export class ChatLog {
  private readonly lines: string[] = [];

  push(events: readonly SimEvent[]): void {
    for (const e of events) {
      if (e.type === 'beat' && e.name.startsWith('chat_')) this.lines.push(e.caption);
      else if (e.type === 'phoneReplied') this.lines.push(`You: "${e.text}"`);
    }
    if (this.lines.length > CHAT_LINES * 4) this.lines.splice(0, this.lines.length - CHAT_LINES);
  }

  latest(): string[] {
    return this.lines.slice(-CHAT_LINES);
  }

  clear(): void {
    this.lines.length = 0;
  }
}

/** The phone panel's model, or null in a chapter without the phone. */
export function phoneModel(world: World, chat: ChatLog): PhoneModel | null {
  const ph = world.phone;
  if (ph === null) return null;
  const dead = ph.battery <= 0;
  return {
    battery: Math.ceil(ph.battery),
    low: ph.battery < 20,
    dead,
    flashlight: ph.flashlight,
    chat: dead ? [] : chat.latest(),
    replies: dead ? [] : [...ph.replies],
    holdingBreath: world.breath?.held ?? false,
    breathing: world.breath !== null,
  };
}
