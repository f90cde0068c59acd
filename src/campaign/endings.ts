import { castName } from './cast';
import { listNames, withGroup } from './interludes';
import type { RunState } from './runState';

/**
 * The three endings, decided after the rooftop by the votes and who is still alive with
 * the group (a pure function; tests/campaign/endings.test.ts walks every combination):
 *
 *   alone       nobody else made it to the end: Joon alone on the roof.
 *   dawn        Ji-an is with the group (the door was opened): the helicopter will not take
 *               anyone bitten, the group will not leave her, and they wait for morning.
 *   helicopter  otherwise: the helicopter lands and takes everyone with the group.
 */
export const ENDING_IDS = ['helicopter', 'dawn', 'alone'] as const;
export type EndingId = (typeof ENDING_IDS)[number];

export function endingFor(run: Readonly<RunState>): EndingId {
  const group = withGroup(run);
  if (group.length === 0) return 'alone';
  if (group.includes('ji-an')) return 'dawn';
  return 'helicopter';
}

export interface EndingDefinition {
  id: EndingId;
  title: string;
  /** The illustration's image key (640x360, by story-art). */
  image: string;
  paragraphs: string[];
}

export const ENDINGS: Readonly<Record<EndingId, EndingDefinition>> = {
  helicopter: {
    id: 'helicopter',
    title: 'Lift',
    image: 'endingHelicopter',
    paragraphs: [
      'The helicopter comes in low over the sports field, so low the rotor wash flattens the climbers against the parapet. A soldier in a mask counts heads and checks arms for bites, one by one, and waves each of you up.',
      'From the air, Daon High is a grey box with its lights still on. Far off, the jets are already turning over the city. Nobody talks. Someone holds your hand and you let them.',
    ],
  },
  dawn: {
    id: 'dawn',
    title: 'First Light',
    image: 'endingDawn',
    paragraphs: [
      'The helicopter hovers, and the soldier at the door points at Ji-an\'s wrist and shakes his head. Seats for the clean ones. The group looks at Ji-an, and then at each other, and then the helicopter goes without you.',
      'The jets pass over at midnight and the sky to the south turns orange, and stays orange. The school is not hit. At first light the roof is quiet, Ji-an is still Ji-an, and the stairwell below has gone silent. You go down together.',
    ],
  },
  alone: {
    id: 'alone',
    title: 'Last Period',
    image: 'endingAlone',
    paragraphs: [
      'The helicopter lands for one. The soldier asks where the others are and you find you cannot say it out loud, so you just point at the stairwell door.',
      'You sit by the window on the way out. Somewhere down there the bell is still ringing for a class that will never start.',
    ],
  },
};

/** Who made it and who did not, for the ending screen. Joon, the player, is always first. */
export function endingRoll(run: Readonly<RunState>): { madeIt: string; lost: string | null } {
  const made = ['Joon', ...withGroup(run).map(castName)];
  const lost = Object.entries(run.cast)
    .filter(([, c]) => !c.alive)
    .map(([id]) => castName(id));
  return { madeIt: `Made it: ${listNames(made)}.`, lost: lost.length > 0 ? `Lost: ${listNames(lost)}.` : null };
}

/**
 * A finished run that reaches `id` (the test entry point `?ending=<id>` shows it, see
 * README): votes cast as that ending needs, Da-som rescued, nobody lost on the roof
 * except for 'alone', where everyone is.
 */
export function runForEnding(id: EndingId): RunState {
  const alive = (withGroupNow: boolean, bitten = false) => ({ alive: withGroupNow, withGroup: withGroupNow, bitten });
  return {
    step: 7,
    votes: { door: id === 'dawn' ? 'open' : 'shut', 'tae-min': 'keep', 'gu-ho': id === 'helicopter' ? 'back' : 'leave' },
    cast: {
      'da-som': alive(id !== 'alone'),
      'seo-yeon': alive(id !== 'alone'),
      'tae-min': alive(false, true),
      'gu-ho': alive(id === 'helicopter'),
      'ji-an': alive(id === 'dawn', true),
    },
    items: [],
    notesFound: [],
    flags: {},
  };
}
