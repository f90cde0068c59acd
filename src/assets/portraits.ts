/**
 * Frame layouts of the story art, shared by the generator (assets/scripts/portraits.ts)
 * and the scenes that show it: the interludes' bust portraits, the dance sheet and the
 * 640x360 illustrations (endings, the flashback). All of it loads in the 'interlude' pack.
 */

/** Who has a portrait: the player (Joon) and the campaign's cast ids (src/campaign/cast.ts). */
export const PORTRAIT_CAST = ['joon', 'seo-yeon', 'ji-an', 'tae-min', 'gu-ho', 'da-som', 'mr-baek'] as const;
export type PortraitCastId = (typeof PORTRAIT_CAST)[number];

/** Each portrait's expressions, one column each in the sheet. */
export const PORTRAIT_EXPRESSIONS = ['neutral', 'worried', 'angry', 'sad', 'smile', 'scared'] as const;
export type PortraitExpression = (typeof PORTRAIT_EXPRESSIONS)[number];

/** A portrait frame is square, this many px (a head-and-shoulders bust; drawn at 1x it reads at 360x640). */
export const PORTRAIT_SIZE = 96;

/** The portraits sheet's key (manifest SHEETS) and its columns: one row per cast member, one column per expression. */
export const PORTRAIT_SHEET = 'portraits';
export const PORTRAIT_COLUMNS = PORTRAIT_EXPRESSIONS.length;

/**
 * The frame of `castId`'s portrait with `expression` in the 'portraits' sheet. Ji-an's
 * row is drawn half-infected (pale, glowing eyes): she is only met after she was bitten.
 */
export function portraitFrame(castId: PortraitCastId, expression: PortraitExpression): number {
  const row = PORTRAIT_CAST.indexOf(castId);
  const col = PORTRAIT_EXPRESSIONS.indexOf(expression);
  if (row < 0 || col < 0) throw new Error(`no portrait for ${castId} / ${expression}`);
  return row * PORTRAIT_COLUMNS + col;
}

// ---------------------------------------------------------------- the dance

/**
 * The dance sheet (key 'dance'): one row per PORTRAIT_CAST member, their sprite drawn at
 * twice the game's scale, one column per pose. One pose per beat of the safe-room song
 * (126 bpm) is `fps`; `order` is a sequence that loops through them as a routine.
 */
export const DANCE_POSES = ['stepLeft', 'stepRight', 'armsUp', 'point', 'clap', 'wave'] as const;
export type DancePose = (typeof DANCE_POSES)[number];
export const DANCE_FRAMES = {
  key: 'dance',
  size: 64,
  columns: DANCE_POSES.length,
  fps: 126 / 60,
  order: [0, 1, 0, 1, 2, 4, 2, 4, 3, 5, 3, 5, 0, 1, 2, 2] as readonly number[],
} as const;

/** The dance sheet frame of `castId` in `pose`. */
export function danceFrame(castId: PortraitCastId, pose: DancePose): number {
  const row = PORTRAIT_CAST.indexOf(castId);
  const col = DANCE_POSES.indexOf(pose);
  if (row < 0 || col < 0) throw new Error(`no dance frame for ${castId} / ${pose}`);
  return row * DANCE_FRAMES.columns + col;
}

// ---------------------------------------------------------------- illustrations

/** The story's full-screen illustrations (manifest IMAGES keys), each ILLUSTRATION_SIZE. */
export const ILLUSTRATIONS = ['endingHelicopter', 'endingDawn', 'endingAlone', 'flashbackLunch'] as const;
export type IllustrationKey = (typeof ILLUSTRATIONS)[number];
export const ILLUSTRATION_SIZE = { width: 640, height: 360 } as const;
