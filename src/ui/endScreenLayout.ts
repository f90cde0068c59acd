/** The menu's rows are drawn this far apart (src/ui/menu.ts: rowHeight + 10). */
export const MENU_ROW_GAP = 10;
/** No row is shorter than this: a thumb's target on a phone. */
const MIN_ROW = 44;
const MAX_ROW = 56;
/** The bottom row's edge stays this far above the screen's bottom. */
const BOTTOM_MARGIN = 12;

/** How loosely the end screen is spaced: the loosest that fits is used. */
interface Spacing {
  /** Where the heading's middle sits, as a share of the height (or at least `minTop` px down). */
  headingAt: number;
  /** From the heading's bottom to the tip's top (px). */
  afterHeading: number;
  afterCause: number;
  /** From one result line's top to the next (a line wrapped to two takes its height and 2 px more). */
  lineStep: number;
  /** The menu's first row's middle at least this share of the height down. */
  menuAt: number;
}

const SPACINGS: Spacing[] = [
  { headingAt: 0.18, afterHeading: 15, afterCause: 18, lineStep: 28, menuAt: 0.58 },
  // A long tip and many result lines on a phone: everything moves up, tighter.
  { headingAt: 0.1, afterHeading: 10, afterCause: 12, lineStep: 24, menuAt: 0.5 },
  { headingAt: 0.05, afterHeading: 6, afterCause: 8, lineStep: 22, menuAt: 0 },
];

export interface EndScreenLayout {
  /** The heading's middle (it is drawn centred on it). */
  headingY: number;
  /** The tip's top (the "what got you" line, wrapped). */
  causeY: number;
  /** Each result line's top. */
  lineYs: number[];
  /** The first menu row's middle, and the rows' height. */
  menuY: number;
  rowHeight: number;
  /** The bottom row's bottom edge. */
  bottom: number;
}

/**
 * Where the end screen's parts go down a `height` px screen, from their measured heights:
 * the heading and the loss tip as wrapped (the tip 0 for a win), the result lines (each
 * wrapped too), and a menu of `items` rows. The loosest spacing whose menu ends on the screen, else the
 * tightest (a 133-character tip and six result lines at 360x640 pushed the last row off the
 * bottom with the loose one).
 */
export function endScreenLayout(height: number, parts: { headingHeight: number; causeHeight: number; lineHeights: readonly number[]; items: number }): EndScreenLayout {
  let layout: EndScreenLayout | null = null;
  for (const s of SPACINGS) {
    const headingY = Math.max(height * s.headingAt, parts.headingHeight / 2 + 8);
    const causeY = headingY + parts.headingHeight / 2 + s.afterHeading;
    let y = causeY + (parts.causeHeight > 0 ? parts.causeHeight + s.afterCause : 0);
    const lineYs: number[] = [];
    for (const h of parts.lineHeights) {
      lineYs.push(y);
      y += Math.max(s.lineStep, h + 2);
    }
    const rowHeight = Math.min(MAX_ROW, Math.max(MIN_ROW, (height - y - 40) / parts.items - MENU_ROW_GAP));
    const menuY = Math.max(y + rowHeight / 2 + 16, height * s.menuAt);
    const bottom = menuY + (parts.items - 1) * (rowHeight + MENU_ROW_GAP) + rowHeight / 2;
    layout = { headingY, causeY, lineYs, menuY, rowHeight, bottom };
    if (bottom <= height - BOTTOM_MARGIN) return layout;
  }
  return layout!;
}
