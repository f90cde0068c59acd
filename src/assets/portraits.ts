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
