import { Story } from 'inkjs';
import type { RunState } from '../campaign/runState';
import { inkVariables } from './bindings';

/**
 * Plays one compiled ink story (the runtime only; src/story/*.ink are compiled at build
 * time) as beats the interlude scene shows one at a time. No Phaser here, so every
 * story is played through in Vitest. The ink's conventions, as tags:
 *
 *   line  # who:tae-min # face:smile    spoken by a cast member ('joon' is the player);
 *                                        no `who`: narration
 *   line  # stance:keep                 the speaker's position in the vote that follows
 *   line  # backdrop:flashbackLunch     from this line on, an illustration behind the text
 *                                        (`backdrop:room` goes back to the safe room)
 *   line  # dance                       the group dances (a short, skippable moment)
 *   * [Keep him # vote:tae-min=keep]    a vote's option: the vote's id and the option
 */

export const EXPRESSIONS = ['neutral', 'worried', 'angry', 'sad', 'smile', 'scared'] as const;
export type Expression = (typeof EXPRESSIONS)[number];

export interface StoryLine {
  kind: 'line';
  /** Cast id of the speaker, 'joon', or null for narration. */
  who: string | null;
  face: Expression;
  text: string;
  /** The illustration behind this line, or null for the safe room. */
  backdrop: string | null;
  dance: boolean;
}

export interface StoryOption {
  index: number;
  text: string;
  /** The vote option this choice casts ('open'), or null for a plain choice. */
  option: string | null;
}

export interface Stance {
  who: string;
  option: string;
}

export interface StoryChoice {
  kind: 'choice';
  options: StoryOption[];
  /** Set when the options are a vote: its id and each member's position, as they said it. */
  vote: { id: string; stances: Stance[] } | null;
}

export type StoryBeat = StoryLine | StoryChoice | { kind: 'end' };

function tagValue(tags: readonly string[], name: string): string | null {
  for (const t of tags) {
    const m = /^\s*([a-z-]+)\s*(?::\s*(.*?))?\s*$/i.exec(t);
    if (m && m[1]!.toLowerCase() === name) return m[2] ?? '';
  }
  return null;
}

export class StoryRunner {
  private readonly story: Story;
  private backdrop: string | null = null;
  private stances: Stance[] = [];
  /** Votes cast in this story: vote id -> option. */
  readonly votes: Record<string, string> = {};

  constructor(json: string, run: Readonly<RunState>) {
    this.story = new Story(json);
    const vars = this.story.variablesState;
    for (const [name, value] of Object.entries(inkVariables(run))) {
      if (vars.GlobalVariableExistsWithName(name)) vars.$(name, value);
    }
  }

  /** The next beat: a line, the choices waiting (repeated until one is chosen), or the end. */
  next(): StoryBeat {
    if (this.story.canContinue) {
      const text = (this.story.Continue() ?? '').trim();
      const tags = this.story.currentTags ?? [];
      const backdrop = tagValue(tags, 'backdrop');
      if (backdrop !== null) this.backdrop = backdrop === 'room' || backdrop === '' ? null : backdrop;
      const who = tagValue(tags, 'who');
      const stance = tagValue(tags, 'stance');
      if (who && stance) this.stances = [...this.stances.filter((s) => s.who !== who), { who, option: stance }];
      // An empty line (a conditional that printed nothing) is skipped.
      if (text === '' && this.story.canContinue) return this.next();
      const face = tagValue(tags, 'face');
      return {
        kind: 'line',
        who: who || null,
        face: (EXPRESSIONS as readonly string[]).includes(face ?? '') ? (face as Expression) : 'neutral',
        text,
        backdrop: this.backdrop,
        dance: tagValue(tags, 'dance') !== null,
      };
    }
    const choices = this.story.currentChoices;
    if (choices.length === 0) return { kind: 'end' };
    let voteId: string | null = null;
    const options = choices.map((c, index): StoryOption => {
      const v = tagValue(c.tags ?? [], 'vote');
      const m = v ? /^([a-z-]+)=([a-z-]+)$/.exec(v) : null;
      if (m) voteId = m[1]!;
      return { index, text: c.text.trim(), option: m ? m[2]! : null };
    });
    return { kind: 'choice', options, vote: voteId ? { id: voteId, stances: this.stances } : null };
  }

  /** Takes a choice (its index among the options); a vote option is recorded in `votes`. */
  choose(index: number): void {
    const beat = this.next();
    if (beat.kind !== 'choice') throw new Error('StoryRunner.choose: no choice is waiting');
    const opt = beat.options[index];
    if (!opt) throw new Error(`StoryRunner.choose: no option ${index}`);
    if (beat.vote && opt.option) this.votes[beat.vote.id] = opt.option;
    this.stances = [];
    this.story.ChooseChoiceIndex(index);
  }

  /** Knots visited so far (ink counts every visit: the build compiles with countAllVisits). */
  visits(knot: string): number {
    return this.story.state.VisitCountAtPathString(knot) ?? 0;
  }

  /** The knots the story defines. */
  knots(): string[] {
    return [...this.story.mainContentContainer.namedContent.keys()].filter((k) => k !== 'global decl');
  }

  /** The story's state, to branch a walk through every choice (tests) and come back. */
  save(): string {
    return JSON.stringify({ ink: this.story.state.ToJson(), backdrop: this.backdrop, stances: this.stances, votes: this.votes });
  }

  load(saved: string): void {
    const s = JSON.parse(saved) as { ink: string; backdrop: string | null; stances: Stance[]; votes: Record<string, string> };
    this.story.state.LoadJson(s.ink);
    this.backdrop = s.backdrop;
    this.stances = s.stances;
    for (const k of Object.keys(this.votes)) delete this.votes[k];
    Object.assign(this.votes, s.votes);
  }
}

/**
 * What happens when the vote's timer runs out: the group's majority, as the stances
 * stood; a tie (or nobody's stance) takes the first option the story lists.
 */
export function timeoutOption(choice: StoryChoice): StoryOption {
  const voting = choice.options.filter((o) => o.option !== null);
  const pool = voting.length > 0 ? voting : choice.options;
  let best = pool[0]!;
  let bestCount = -1;
  for (const o of pool) {
    const n = choice.vote ? choice.vote.stances.filter((s) => s.option === o.option).length : 0;
    if (n > bestCount) {
      best = o;
      bestCount = n;
    }
  }
  return best;
}
