import type { Insets } from '../input/touchLayout';

/** Captions on screen at once; each wraps to at most this many lines. */
export const CAPTION_MAX_SHOWN = 3;
export const CAPTION_MAX_LINES = 2;
/** Font sizes tried in turn until a caption fits its lines (never below 14 CSS px). */
export const CAPTION_FONT_SIZES = [16, 14] as const;
const MARGIN = 12;
/**
 * The longest caption (characters) that fits CAPTION_MAX_LINES lines on a 360 px phone at
 * 14 px (about 42 characters a line): story lines are written to it; longer ones are cut.
 */
export const CAPTION_MAX_CHARS = 80;

/** The strip captions are stacked in, in screen (CSS) px: centred, bottom-up from `bottom`. */
export interface CaptionBand {
  centerX: number;
  /** Widest a caption line may be. */
  width: number;
  /** The lowest caption's bottom edge. */
  bottom: number;
}

/**
 * Where captions go: inside the safe area (notches, the home indicator), and above the
 * touch controls when they show (`controlsTop`), so no caption runs off an edge or under
 * a thumb.
 */
export function captionBand(width: number, height: number, insets: Insets, controlsTop: number | null): CaptionBand {
  const left = insets.left + MARGIN;
  const right = width - insets.right - MARGIN;
  const floor = height - insets.bottom - 24;
  return {
    centerX: (left + right) / 2,
    width: Math.max(120, Math.min(right - left, 720)),
    bottom: controlsTop === null ? floor : Math.min(floor, controlsTop - MARGIN),
  };
}

/**
 * Fits wrapped lines into CAPTION_MAX_LINES: the first lines as they are, the last one
 * cut at a word with an ellipsis when the caption is longer (`wrap` gives the lines the
 * text wraps to at the band's width). Returns the lines to draw.
 */
export function clampCaptionLines(lines: readonly string[], wrap: (text: string) => string[]): string[] {
  if (lines.length <= CAPTION_MAX_LINES) return [...lines];
  const kept = lines.slice(0, CAPTION_MAX_LINES - 1);
  let last = lines.slice(CAPTION_MAX_LINES - 1).join(' ');
  // Shorten word by word until the last line plus the ellipsis wraps to one line.
  while (last.includes(' ') && wrap(`${last}…`).length > 1) last = last.slice(0, last.lastIndexOf(' '));
  return [...kept, `${last}…`];
}
