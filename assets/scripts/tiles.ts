/**
 * The school tileset: one block of 48 frames per chapter theme, top-down with a slight
 * three-quarter view (wall fronts show their face, thick walls show their top).
 * Frame meanings live in src/assets/frames.ts (TileFrame).
 */
import { FRAMES_PER_THEME, THEMES, TILE_EXTRUDE, TILE_SIZE, TILESET_COLUMNS, TileFrame, type Theme } from '../../src/assets/frames';
import { Raster, Rng, hex, mix, shade, withAlpha, type Rgba } from './raster';

interface Palette {
  floorA: Rgba;
  floorB: Rgba;
  floorLine: Rgba;
  wallFace: Rgba;
  wallLower: Rgba;
  wallCap: Rgba;
  wallTop: Rgba;
  trim: Rgba;
  accent: Rgba;
  voidDeep: Rgba;
}

const PALETTES: Record<Theme, Palette> = {
  hallway: {
    floorA: hex('#b9b3ad'),
    floorB: hex('#aca59f'),
    floorLine: hex('#958e88'),
    wallFace: hex('#e6dccb'),
    wallLower: hex('#8c909c'),
    wallCap: hex('#f3ece0'),
    wallTop: hex('#4a4650'),
    trim: hex('#6b6f7c'),
    accent: hex('#e889a8'),
    voidDeep: hex('#1b1a22'),
  },
  cafeteria: {
    floorA: hex('#ece6dc'),
    floorB: hex('#e7b9c4'),
    floorLine: hex('#b9a9a4'),
    wallFace: hex('#f1e3b5'),
    wallLower: hex('#9fc2b9'),
    wallCap: hex('#fbf3d6'),
    wallTop: hex('#4f4a44'),
    trim: hex('#6f8f88'),
    accent: hex('#f0a03c'),
    voidDeep: hex('#1c1b1a'),
  },
  closet: {
    floorA: hex('#5d5a56'),
    floorB: hex('#55524f'),
    floorLine: hex('#45423f'),
    wallFace: hex('#7d776c'),
    wallLower: hex('#5a554d'),
    wallCap: hex('#8c867b'),
    wallTop: hex('#2c2a28'),
    trim: hex('#403c37'),
    accent: hex('#d9b33a'),
    voidDeep: hex('#121110'),
  },
  rooftop: {
    floorA: hex('#8d9290'),
    floorB: hex('#858a88'),
    floorLine: hex('#6b706e'),
    wallFace: hex('#a9aca6'),
    wallLower: hex('#8b8e88'),
    wallCap: hex('#c4c6c0'),
    wallTop: hex('#5d605c'),
    trim: hex('#6e716c'),
    accent: hex('#c74b4b'),
    voidDeep: hex('#2a3440'),
  },
};

const INK = hex('#1d1b22');
const S = TILE_SIZE;

function speckle(r: Raster, ox: number, oy: number, rng: Rng, c: Rgba, n: number): void {
  for (let i = 0; i < n; i++) r.px(ox + rng.int(S), oy + rng.int(S), c);
}

function floor(r: Raster, ox: number, oy: number, theme: Theme, p: Palette, variant: number): void {
  const rng = new Rng(1000 + variant * 17 + THEMES.indexOf(theme) * 101);
  if (theme === 'cafeteria') {
    // 16 px checkerboard, pale cream and strawberry milk.
    for (let y = 0; y < S; y++)
      for (let x = 0; x < S; x++) r.px(ox + x, oy + y, ((x >> 4) + (y >> 4)) % 2 === 0 ? p.floorA : p.floorB);
    speckle(r, ox, oy, rng, withAlpha(p.floorLine, 90), 10);
    r.rect(ox, oy + S - 1, S, 1, withAlpha(p.floorLine, 120));
    r.rect(ox + S - 1, oy, 1, S, withAlpha(p.floorLine, 120));
    if (variant === 3) {
      // A lost straw wrapper.
      r.line(ox + 8, oy + 20, ox + 16, oy + 17, hex('#ffffffcc'));
    }
    return;
  }
  if (theme === 'rooftop') {
    r.rect(ox, oy, S, S, p.floorA);
    speckle(r, ox, oy, rng, p.floorB, 120);
    speckle(r, ox, oy, rng, shade(p.floorA, 0.15), 40);
    // Tar seams between roof slabs.
    r.rect(ox, oy + S - 2, S, 2, hex('#3d3f3e'));
    if (variant % 2 === 0) r.rect(ox + S - 2, oy, 2, S, hex('#3d3f3e'));
    if (variant === 3) r.ellipse(ox + 12, oy + 12, 5, 3, withAlpha(hex('#2b3a48'), 70)); // a puddle
    return;
  }
  if (theme === 'closet') {
    r.rect(ox, oy, S, S, p.floorA);
    speckle(r, ox, oy, rng, p.floorB, 160);
    speckle(r, ox, oy, rng, shade(p.floorA, -0.25), 30);
    if (variant === 2) r.line(ox + 4, oy + 8, ox + 14, oy + 12, withAlpha(INK, 90)); // crack
    if (variant === 3) r.ellipse(ox + 20, oy + 18, 6, 3, withAlpha(hex('#3b4650'), 80)); // mop water
    return;
  }
  // Hallway linoleum: two 16 px tiles across, a faint pink fleck pattern.
  r.rect(ox, oy, S, S, variant % 2 === 0 ? p.floorA : p.floorB);
  speckle(r, ox, oy, rng, shade(p.floorA, 0.18), 26);
  speckle(r, ox, oy, rng, withAlpha(p.accent, 70), 6);
  r.rect(ox, oy + 15, S, 1, withAlpha(p.floorLine, 120));
  r.rect(ox + 15, oy, 1, S, withAlpha(p.floorLine, 120));
  r.rect(ox, oy + S - 1, S, 1, withAlpha(p.floorLine, 120));
  r.rect(ox + S - 1, oy, 1, S, withAlpha(p.floorLine, 120));
  if (variant === 3) speckle(r, ox, oy, rng, withAlpha(p.accent, 60), 8); // a few more pink flecks
}

function wallFront(r: Raster, ox: number, oy: number, theme: Theme, p: Palette, kind: 'plain' | 'alt' | 'decor'): void {
  // Cap (the top of the wall seen at an angle), then the face, then the lower band.
  r.rect(ox, oy, S, 7, p.wallTop);
  r.rect(ox, oy + 7, S, 2, p.wallCap);
  r.rect(ox, oy + 9, S, 15, p.wallFace);
  r.rect(ox, oy + 24, S, 6, p.wallLower);
  r.rect(ox, oy + 23, S, 1, p.trim);
  r.rect(ox, oy + 30, S, 2, shade(p.wallLower, -0.35));
  const rng = new Rng(77 + THEMES.indexOf(theme));
  speckle(r, ox, oy + 9, new Rng(5), withAlpha(shade(p.wallFace, -0.1), 160), 8);
  if (theme === 'cafeteria') {
    // Wall tiles on the lower half.
    for (let x = 0; x < S; x += 8) r.rect(ox + x, oy + 24, 1, 6, shade(p.wallLower, -0.15));
  }
  if (theme === 'rooftop') {
    // The parapet: concrete blocks with a metal coping.
    r.rect(ox, oy + 7, S, 2, hex('#d8dad6'));
    for (let x = 0; x < S; x += 16) r.rect(ox + x, oy + 9, 1, 21, shade(p.wallFace, -0.18));
    r.rect(ox, oy + 19, S, 1, shade(p.wallFace, -0.18));
  }
  if (kind === 'alt') {
    if (theme === 'hallway') {
      // A class timetable sheet and a light switch.
      r.rect(ox + 20, oy + 12, 3, 4, hex('#f7f7f2'));
      r.rect(ox + 21, oy + 13, 1, 2, hex('#8a8a8a'));
    } else if (theme === 'closet') {
      r.rect(ox, oy + 12, S, 3, hex('#6b5d4d'));
      r.rect(ox + 6, oy + 11, 2, 5, hex('#554838'));
    } else if (theme === 'rooftop') {
      r.line(ox + 3, oy + 12, ox + 9, oy + 17, withAlpha(INK, 110)); // crack
    } else {
      r.rect(ox + 4, oy + 12, 6, 6, hex('#ffffff'));
      r.rect(ox + 5, oy + 13, 4, 4, p.accent);
    }
  }
  if (kind === 'decor') {
    if (theme === 'hallway') {
      // Notice board: cork, pinned papers, one pink poster.
      r.rect(ox + 3, oy + 10, 26, 13, hex('#6d4b32'));
      r.rect(ox + 4, oy + 11, 24, 11, hex('#b98a58'));
      r.rect(ox + 6, oy + 12, 6, 8, hex('#f4f1e8'));
      r.rect(ox + 14, oy + 13, 6, 5, hex('#f2a7c0'));
      r.rect(ox + 21, oy + 12, 5, 7, hex('#dfe8f2'));
      for (const [x, y] of [[8, 12], [16, 13], [23, 12]] as const) r.px(ox + x, oy + y, hex('#d33b4b'));
      for (let i = 0; i < 3; i++) r.rect(ox + 7, oy + 14 + i * 2, 4, 1, hex('#9a9a9a'));
    } else if (theme === 'cafeteria') {
      // Menu board.
      r.rect(ox + 3, oy + 10, 26, 13, hex('#3d3a34'));
      r.rect(ox + 4, oy + 11, 24, 11, hex('#2b4a3a'));
      for (let i = 0; i < 4; i++) r.rect(ox + 6, oy + 13 + i * 2, 10 + ((i * 7) % 9), 1, hex('#e8e4d0'));
      r.ellipse(ox + 24, oy + 15, 3, 3, hex('#f07ca0'));
    } else if (theme === 'closet') {
      // Pipes along the wall.
      r.rect(ox, oy + 11, S, 3, hex('#8f8a80'));
      r.rect(ox, oy + 16, S, 3, hex('#7a6a55'));
      r.rect(ox + 12, oy + 10, 2, 5, hex('#5e5a52'));
      r.px(ox + 20, oy + 19, hex('#6d8fa8'));
    } else {
      // A rusty vent grille.
      r.rect(ox + 8, oy + 11, 16, 10, hex('#6c6f6a'));
      for (let y = 0; y < 4; y++) r.rect(ox + 9, oy + 12 + y * 2, 14, 1, hex('#3f413e'));
      r.px(ox + 22, oy + 20, hex('#9a5b34'));
    }
  }
  void rng;
}

function wallTop(r: Raster, ox: number, oy: number, p: Palette, mask: number): void {
  r.rect(ox, oy, S, S, p.wallTop);
  const hi = shade(p.wallTop, 0.12);
  const edge = shade(p.wallTop, -0.45);
  speckle(r, ox, oy, new Rng(9 + mask), hi, 14);
  // Edges where the neighbour is not wall: dark rim + light inner line.
  if (!(mask & 1)) {
    r.rect(ox, oy, S, 2, edge);
    r.rect(ox, oy + 2, S, 1, hi);
  }
  if (!(mask & 2)) {
    r.rect(ox + S - 2, oy, 2, S, edge);
    r.rect(ox + S - 3, oy, 1, S, hi);
  }
  if (!(mask & 4)) {
    r.rect(ox, oy + S - 2, S, 2, edge);
  }
  if (!(mask & 8)) {
    r.rect(ox, oy, 2, S, edge);
    r.rect(ox + 2, oy, 1, S, hi);
  }
}

function windowFront(r: Raster, ox: number, oy: number, theme: Theme, p: Palette): void {
  wallFront(r, ox, oy, theme, p, 'plain');
  const frame = hex('#d9dde3');
  r.rect(ox + 2, oy + 9, 28, 15, frame);
  const glassTop = theme === 'closet' ? hex('#30404c') : hex('#8fc4e0');
  const glassBot = theme === 'closet' ? hex('#1e2a33') : hex('#5f9bc0');
  for (let y = 0; y < 13; y++) r.rect(ox + 3, oy + 10 + y, 26, 1, mix(glassTop, glassBot, y / 12));
  r.rect(ox + 15, oy + 9, 2, 15, frame);
  r.line(ox + 5, oy + 20, ox + 10, oy + 11, withAlpha(hex('#ffffff'), 140));
  r.line(ox + 20, oy + 20, ox + 24, oy + 12, withAlpha(hex('#ffffff'), 110));
  r.rect(ox + 1, oy + 23, 30, 2, hex('#b7bcc4'));
}

function windowTop(r: Raster, ox: number, oy: number, p: Palette, horizontal: boolean): void {
  r.rect(ox, oy, S, S, p.wallTop);
  const glass = hex('#8fc4e0');
  if (horizontal) {
    r.rect(ox, oy + 12, S, 8, hex('#d9dde3'));
    r.rect(ox, oy + 14, S, 4, glass);
    r.rect(ox + 4, oy + 15, 8, 1, hex('#ffffffaa'));
  } else {
    r.rect(ox + 12, oy, 8, S, hex('#d9dde3'));
    r.rect(ox + 14, oy, 4, S, glass);
    r.rect(ox + 15, oy + 4, 1, 8, hex('#ffffffaa'));
  }
}

function voidTile(r: Raster, ox: number, oy: number, theme: Theme, p: Palette, edge: boolean): void {
  if (theme === 'rooftop') {
    // Looking down the facade: the street far below, dusk light.
    for (let y = 0; y < S; y++) r.rect(ox, oy + y, S, 1, mix(hex('#3a4656'), p.voidDeep, y / S));
    const rng = new Rng(31);
    for (let i = 0; i < 6; i++) r.rect(ox + rng.int(28), oy + rng.int(28), 3, 2, hex('#e8c36a80'));
    if (edge) {
      r.rect(ox, oy, S, 6, hex('#9ea19b'));
      r.rect(ox, oy + 6, S, 3, hex('#5b5e59'));
      for (let x = 2; x < S; x += 6) r.rect(ox + x, oy + 9, 2, 4, hex('#6d706b'));
    }
    return;
  }
  r.rect(ox, oy, S, S, p.voidDeep);
  const rng = new Rng(21);
  for (let i = 0; i < 10; i++) r.px(ox + rng.int(S), oy + rng.int(S), shade(p.voidDeep, 0.12));
  if (edge) {
    // Atrium edge: a slab lip seen from above, then a railing with pink-painted posts.
    r.rect(ox, oy, S, 5, shade(p.floorA, -0.1));
    r.rect(ox, oy + 5, S, 6, shade(p.voidDeep, 0.25));
    r.rect(ox, oy + 1, S, 2, hex('#c9ccd2'));
    for (let x = 3; x < S; x += 8) r.rect(ox + x, oy + 1, 2, 8, hex('#9da1aa'));
    r.rect(ox, oy + 8, S, 3, withAlpha(INK, 120));
  }
}

/** Things standing against the wall behind them: they have a floor strip at the bottom. */
function standOnFloor(r: Raster, ox: number, oy: number, theme: Theme, p: Palette): void {
  floor(r, ox, oy, theme, p, 0);
}

function lockerTile(r: Raster, ox: number, oy: number, theme: Theme, p: Palette, alt: boolean): void {
  standOnFloor(r, ox, oy, theme, p);
  if (theme === 'hallway') {
    const body = alt ? hex('#8e96a8') : hex('#d98aa6');
    const dark = shade(body, -0.3);
    r.rect(ox + 1, oy + 1, 30, 28, dark);
    for (let i = 0; i < 2; i++) {
      const x = ox + 2 + i * 15;
      r.rect(x, oy + 2, 13, 26, body);
      r.rect(x, oy + 2, 13, 2, shade(body, 0.25));
      for (let v = 0; v < 3; v++) r.rect(x + 3, oy + 6 + v * 2, 7, 1, dark);
      r.rect(x + 10, oy + 15, 2, 4, hex('#dfe2e8'));
    }
    r.rect(ox + 1, oy + 28, 30, 3, withAlpha(INK, 120));
    return;
  }
  if (theme === 'cafeteria') {
    if (!alt) {
      // Vending machine: lit front, rows of cans and snacks.
      r.rect(ox + 2, oy + 0, 28, 30, hex('#b8283f'));
      r.rect(ox + 4, oy + 2, 18, 22, hex('#1f2630'));
      const goods = [hex('#f6d44a'), hex('#5ec0e8'), hex('#f28fb0'), hex('#86d07a')];
      for (let row = 0; row < 4; row++)
        for (let c = 0; c < 4; c++) r.rect(ox + 5 + c * 4, oy + 3 + row * 5, 3, 3, goods[(row + c) % 4]!);
      r.rect(ox + 24, oy + 4, 4, 8, hex('#d9dde3'));
      r.rect(ox + 25, oy + 14, 2, 3, hex('#3de07a'));
      r.rect(ox + 4, oy + 25, 18, 3, hex('#111111'));
      r.rect(ox + 2, oy + 0, 28, 1, hex('#e0566b'));
    } else {
      // Kitchen range: steel with four burners.
      r.rect(ox + 1, oy + 1, 30, 29, hex('#a9b0b6'));
      r.rect(ox + 1, oy + 1, 30, 2, hex('#d6dce0'));
      for (const [x, y] of [[9, 9], [22, 9], [9, 19], [22, 19]] as const) {
        r.ellipse(ox + x, oy + y, 5, 4, hex('#2c2f33'));
        r.ellipse(ox + x, oy + y, 3, 2, hex('#4a4f55'));
      }
      r.rect(ox + 1, oy + 27, 30, 3, hex('#6d747a'));
    }
    return;
  }
  if (theme === 'closet') {
    if (!alt) {
      // Supply shelves: boxes, toilet rolls, cleaning bottles.
      r.rect(ox + 1, oy + 1, 30, 29, hex('#5a4634'));
      for (let s = 0; s < 3; s++) {
        const y = oy + 3 + s * 9;
        r.rect(ox + 2, y + 7, 28, 2, hex('#8b6b4a'));
        const rng = new Rng(40 + s);
        let x = ox + 3;
        while (x < ox + 27) {
          const w = 3 + rng.int(5);
          const h = 3 + rng.int(4);
          const col = [hex('#c9a66b'), hex('#eeeeea'), hex('#5fa0d0'), hex('#e7c543'), hex('#d9789a')][rng.int(5)]!;
          r.rect(x, y + 7 - h, Math.min(w, ox + 29 - x), h, col);
          x += w + 1;
        }
      }
    } else {
      // Mop bucket with a mop leaning in it.
      r.ellipse(ox + 16, oy + 20, 11, 8, hex('#e2b929'));
      r.ellipse(ox + 16, oy + 18, 9, 5, hex('#3f5566'));
      r.ellipse(ox + 14, oy + 17, 4, 2, hex('#6e8aa0'));
      r.line(ox + 18, oy + 18, ox + 26, oy + 2, hex('#9b7a4e'), 2);
      r.ellipse(ox + 18, oy + 19, 4, 3, hex('#d8d2c4'));
      r.rect(ox + 4, oy + 22, 3, 4, hex('#5a5a5a'));
    }
    return;
  }
  // Rooftop: AC unit / stacked crates.
  if (!alt) {
    r.rect(ox + 2, oy + 3, 28, 26, hex('#b9bdb8'));
    r.rect(ox + 2, oy + 3, 28, 3, hex('#dadcd7'));
    r.ellipse(ox + 16, oy + 17, 10, 9, hex('#4d524f'));
    r.line(ox + 8, oy + 17, ox + 24, oy + 17, hex('#8b918d'), 2);
    r.line(ox + 16, oy + 9, ox + 16, oy + 25, hex('#8b918d'), 2);
    r.rect(ox + 2, oy + 28, 28, 2, withAlpha(INK, 120));
  } else {
    r.rect(ox + 3, oy + 6, 26, 23, hex('#9a7446'));
    r.rect(ox + 3, oy + 6, 26, 2, hex('#c29a63'));
    r.line(ox + 3, oy + 8, ox + 29, oy + 28, hex('#7a5a33'), 2);
    r.rect(ox + 8, oy + 1, 14, 7, hex('#6d8c5a'));
  }
}

function cabinetTile(r: Raster, ox: number, oy: number, theme: Theme, p: Palette): void {
  standOnFloor(r, ox, oy, theme, p);
  // Wall-mounted fire-extinguisher cabinet: red box, glass door, extinguisher inside.
  r.rect(ox + 5, oy + 1, 22, 28, hex('#8a1420'));
  r.rect(ox + 6, oy + 2, 20, 26, hex('#d42a36'));
  r.rect(ox + 8, oy + 4, 16, 18, hex('#f1d6d6'));
  r.rect(ox + 13, oy + 7, 6, 13, hex('#c8141f'));
  r.rect(ox + 14, oy + 5, 4, 2, hex('#222222'));
  r.rect(ox + 14, oy + 8, 1, 10, hex('#ff6f6f'));
  r.line(ox + 9, oy + 20, ox + 12, oy + 6, withAlpha(hex('#ffffff'), 120));
  r.rect(ox + 9, oy + 23, 14, 3, hex('#ffffff'));
  r.rect(ox + 10, oy + 24, 12, 1, hex('#d42a36'));
  r.rect(ox + 5, oy + 29, 22, 2, withAlpha(INK, 110));
}

function tableTile(r: Raster, ox: number, oy: number, theme: Theme, p: Palette, counter: boolean): void {
  floor(r, ox, oy, theme, p, 1);
  if (theme === 'hallway') {
    // Student desk (open) / lab bench (against a wall).
    if (counter) {
      r.rect(ox, oy + 3, S, 24, hex('#2f3a40'));
      r.rect(ox, oy + 3, S, 3, hex('#4a5a62'));
      r.rect(ox + 6, oy + 10, 6, 8, hex('#b9d8e6'));
      r.rect(ox + 18, oy + 12, 4, 4, hex('#e6f0c0'));
      r.rect(ox, oy + 27, S, 3, withAlpha(INK, 110));
    } else {
      r.rect(ox + 4, oy + 6, 24, 16, hex('#c99a62'));
      r.rect(ox + 4, oy + 6, 24, 2, hex('#e0b883'));
      r.rect(ox + 5, oy + 22, 2, 6, hex('#6b6f7c'));
      r.rect(ox + 25, oy + 22, 2, 6, hex('#6b6f7c'));
      r.rect(ox + 9, oy + 10, 8, 6, hex('#f4f1e8'));
    }
    return;
  }
  if (theme === 'cafeteria') {
    if (counter) {
      // Serving counter: steel with food trays.
      r.rect(ox, oy + 2, S, 26, hex('#b4bbc1'));
      r.rect(ox, oy + 2, S, 2, hex('#e2e7ea'));
      r.rect(ox + 3, oy + 7, 12, 9, hex('#d8843a'));
      r.rect(ox + 17, oy + 7, 12, 9, hex('#f2e6a6'));
      r.rect(ox + 3, oy + 18, 26, 6, hex('#8b9399'));
      r.rect(ox, oy + 28, S, 3, withAlpha(INK, 110));
    } else {
      // Long table with trays (one juice box, strawberry milk).
      r.rect(ox + 1, oy + 7, 30, 16, hex('#e08a3c'));
      r.rect(ox + 1, oy + 7, 30, 2, hex('#f4b06a'));
      r.rect(ox + 4, oy + 10, 10, 8, hex('#9fc2b9'));
      r.rect(ox + 6, oy + 12, 3, 3, hex('#f6d44a'));
      r.rect(ox + 18, oy + 11, 4, 6, hex('#f28fb0'));
      r.rect(ox + 1, oy + 23, 30, 3, withAlpha(INK, 100));
      r.rect(ox + 3, oy + 26, 26, 3, hex('#7a7f86'));
    }
    return;
  }
  if (theme === 'closet') {
    if (counter) {
      r.rect(ox + 1, oy + 4, 30, 22, hex('#6b5a45'));
      r.rect(ox + 1, oy + 4, 30, 2, hex('#8b7658'));
      r.rect(ox + 4, oy + 8, 8, 6, hex('#eeeeea'));
      r.rect(ox + 14, oy + 9, 5, 8, hex('#5fa0d0'));
      r.rect(ox + 21, oy + 7, 7, 9, hex('#c9a66b'));
    } else {
      // Stacked cardboard boxes.
      r.rect(ox + 3, oy + 8, 26, 20, hex('#b08a57'));
      r.rect(ox + 3, oy + 8, 26, 2, hex('#caa673'));
      r.rect(ox + 15, oy + 8, 2, 20, hex('#d8c7a0'));
      r.rect(ox + 7, oy + 2, 16, 8, hex('#c29b66'));
      r.rect(ox + 7, oy + 2, 16, 1, hex('#dcb887'));
    }
    return;
  }
  // Rooftop water tank: a big blue drum on a frame.
  r.rect(ox + 3, oy + 22, 26, 7, hex('#5b5e59'));
  r.ellipse(ox + 16, oy + 15, 13, 12, hex('#2f6fa3'));
  r.ellipse(ox + 16, oy + 12, 11, 8, hex('#4a8fc4'));
  r.ellipse(ox + 16, oy + 11, 4, 3, hex('#2b5a80'));
  r.rect(ox + 8, oy + 8, 3, 1, hex('#9fd0f0'));
  if (counter) r.rect(ox + 2, oy + 20, 28, 2, hex('#3c4a55'));
}

type DoorLook = 'closed' | 'open' | 'damaged' | 'broken' | 'locked';

function doorTile(r: Raster, ox: number, oy: number, theme: Theme, p: Palette, horizontal: boolean, look: DoorLook): void {
  const wood = theme === 'rooftop' ? hex('#7b8590') : theme === 'closet' ? hex('#7a6048') : hex('#b98a5a');
  const woodDark = shade(wood, -0.35);
  const woodLight = shade(wood, 0.2);
  if (horizontal) {
    // Door in an east-west wall, seen from the corridor side: the frame, then the leaf.
    floor(r, ox, oy, theme, p, 0);
    r.rect(ox, oy, S, 7, p.wallTop);
    r.rect(ox, oy, 3, S - 2, p.trim);
    r.rect(ox + S - 3, oy, 3, S - 2, p.trim);
    if (look === 'open') {
      // Leaf swung in, seen edge-on along the left jamb.
      r.rect(ox + 3, oy + 2, 4, 26, woodDark);
      r.rect(ox + 4, oy + 2, 2, 26, wood);
      return;
    }
    if (look === 'broken') {
      // Splinters on the floor, a hanging chunk.
      r.rect(ox + 3, oy + 3, 7, 10, wood);
      r.line(ox + 10, oy + 4, ox + 7, oy + 13, woodDark, 2);
      const rng = new Rng(404);
      for (let i = 0; i < 9; i++) {
        const x = ox + 5 + rng.int(22);
        const y = oy + 16 + rng.int(12);
        r.line(x, y, x + rng.int(6) - 3, y + rng.int(3), i % 2 ? wood : woodLight, 2);
      }
      return;
    }
    r.rect(ox + 3, oy + 2, 26, 28, woodDark);
    r.rect(ox + 4, oy + 2, 24, 27, wood);
    r.rect(ox + 4, oy + 2, 24, 2, woodLight);
    // Small window in the door.
    r.rect(ox + 10, oy + 7, 12, 8, hex('#3b4b58'));
    r.rect(ox + 11, oy + 8, 10, 6, theme === 'closet' ? hex('#2a3640') : hex('#88b4cc'));
    r.rect(ox + 23, oy + 17, 3, 2, hex('#dcdfe3'));
    if (look === 'locked') {
      r.rect(ox + 20, oy + 19, 7, 6, hex('#c9a43a'));
      r.rect(ox + 21, oy + 16, 5, 3, hex('#8c8c8c'));
      r.rect(ox + 23, oy + 21, 1, 2, INK);
    }
    if (look === 'damaged') {
      r.line(ox + 11, oy + 8, ox + 21, oy + 14, hex('#e8f2f8'));
      r.line(ox + 21, oy + 8, ox + 13, oy + 14, hex('#e8f2f8'));
      r.line(ox + 6, oy + 18, ox + 14, oy + 27, woodDark, 2);
      r.line(ox + 14, oy + 22, ox + 20, oy + 28, woodDark);
      r.rect(ox + 7, oy + 25, 4, 3, hex('#d33b4b'));
    }
    r.rect(ox + 3, oy + 29, 26, 2, withAlpha(INK, 120));
    return;
  }
  // Door in a north-south wall: seen from above, a thin leaf between wall tops.
  floor(r, ox, oy, theme, p, 0);
  r.rect(ox + 10, oy, 12, 3, p.wallTop);
  r.rect(ox + 10, oy + S - 3, 12, 3, p.wallTop);
  if (look === 'open') {
    r.rect(ox + 12, oy + 3, 18, 4, woodDark);
    r.rect(ox + 12, oy + 4, 18, 2, wood);
    return;
  }
  if (look === 'broken') {
    const rng = new Rng(405);
    for (let i = 0; i < 8; i++) {
      const x = ox + 4 + rng.int(24);
      const y = oy + 5 + rng.int(22);
      r.line(x, y, x + rng.int(5) - 2, y + rng.int(4), i % 2 ? wood : woodLight, 2);
    }
    r.rect(ox + 13, oy + 3, 6, 6, wood);
    return;
  }
  r.rect(ox + 12, oy + 3, 8, 26, woodDark);
  r.rect(ox + 13, oy + 3, 6, 26, wood);
  r.rect(ox + 13, oy + 3, 2, 26, woodLight);
  r.rect(ox + 19, oy + 14, 3, 3, hex('#dcdfe3'));
  if (look === 'locked') {
    r.rect(ox + 20, oy + 12, 6, 7, hex('#c9a43a'));
    r.rect(ox + 22, oy + 14, 1, 2, INK);
  }
  if (look === 'damaged') {
    r.line(ox + 13, oy + 8, ox + 19, oy + 14, woodDark, 2);
    r.line(ox + 14, oy + 20, ox + 18, oy + 26, woodDark, 2);
    r.rect(ox + 11, oy + 22, 3, 3, hex('#d33b4b'));
  }
}

/**
 * A climbable wall seen from above the roof's edge: the parapet's concrete cap (light,
 * with a lip and its shadow), then the building's face dropping away (darker panels,
 * window slits, a drainpipe to climb), darkest and grimiest at the bottom row over the drop.
 */
function facadeTile(r: Raster, ox: number, oy: number, p: Palette, part: 'parapet' | 'face' | 'pipe' | 'outer'): void {
  if (part === 'parapet') {
    r.rect(ox, oy, S, S, shade(p.wallCap, -0.05));
    r.rect(ox + 2, oy + 2, S - 4, S - 4, p.wallCap);
    for (let x = 4; x < S; x += 8) r.rect(ox + x, oy + 2, 1, S - 4, shade(p.wallCap, -0.12));
    r.rect(ox, oy + S - 4, S, 4, withAlpha(INK, 90));
    return;
  }
  const dark = part === 'outer' ? 0.45 : 0.3;
  r.rect(ox, oy, S, S, shade(p.wallFace, -dark));
  // Window slits of the floors below, seen steeply: short dark bars in rows.
  for (let y = 5; y < S; y += 12) for (let x = 3; x < S; x += 10) r.rect(ox + x, oy + y, 6, 3, shade(p.voidDeep, -0.2));
  for (let y = 5; y < S; y += 12) for (let x = 3; x < S; x += 10) r.rect(ox + x, oy + y, 6, 1, hex('#e8c36a60'));
  if (part === 'pipe') {
    r.rect(ox + 14, oy, 4, S, shade(p.trim, -0.1));
    for (let y = 3; y < S; y += 9) r.rect(ox + 13, oy + y, 6, 2, shade(p.trim, -0.3));
  }
  if (part === 'outer') {
    // Grime and handprints where the climbers come up.
    const rng = new Rng(47);
    for (let i = 0; i < 14; i++) r.rect(ox + rng.int(30), oy + rng.int(30), 2, 2, hex('#5a2a2a90'));
  }
}

export function drawTileFrame(r: Raster, ox: number, oy: number, theme: Theme, frame: number): void {
  const p = PALETTES[theme];
  const F = TileFrame;
  if (frame >= F.Floor0 && frame <= F.Floor3) return floor(r, ox, oy, theme, p, frame - F.Floor0);
  if (frame === F.FloorShadow) {
    floor(r, ox, oy, theme, p, 0);
    for (let y = 0; y < 8; y++) r.rect(ox, oy + y, S, 1, withAlpha(INK, 110 - y * 13));
    return;
  }
  if (frame === F.WallFront) return wallFront(r, ox, oy, theme, p, 'plain');
  if (frame === F.WallFrontAlt) return wallFront(r, ox, oy, theme, p, 'alt');
  if (frame === F.WallFrontDecor) return wallFront(r, ox, oy, theme, p, 'decor');
  if (frame >= F.WallTop && frame < F.WallTop + 16) return wallTop(r, ox, oy, p, frame - F.WallTop);
  if (frame === F.WindowFront) return windowFront(r, ox, oy, theme, p);
  if (frame === F.WindowTopH) return windowTop(r, ox, oy, p, true);
  if (frame === F.WindowTopV) return windowTop(r, ox, oy, p, false);
  if (frame === F.VoidEdge) return voidTile(r, ox, oy, theme, p, true);
  if (frame === F.VoidDeep) return voidTile(r, ox, oy, theme, p, false);
  if (frame === F.Locker) return lockerTile(r, ox, oy, theme, p, false);
  if (frame === F.LockerAlt) return lockerTile(r, ox, oy, theme, p, true);
  if (frame === F.Cabinet) return cabinetTile(r, ox, oy, theme, p);
  if (frame === F.Table) return tableTile(r, ox, oy, theme, p, false);
  if (frame === F.Counter) return tableTile(r, ox, oy, theme, p, true);
  const doors: Record<number, [boolean, DoorLook]> = {
    [F.DoorHClosed]: [true, 'closed'],
    [F.DoorHOpen]: [true, 'open'],
    [F.DoorHDamaged]: [true, 'damaged'],
    [F.DoorHBroken]: [true, 'broken'],
    [F.DoorVClosed]: [false, 'closed'],
    [F.DoorVOpen]: [false, 'open'],
    [F.DoorVDamaged]: [false, 'damaged'],
    [F.DoorVBroken]: [false, 'broken'],
    [F.DoorHLocked]: [true, 'locked'],
    [F.DoorVLocked]: [false, 'locked'],
  };
  const d = doors[frame];
  if (d) return doorTile(r, ox, oy, theme, p, d[0], d[1]);
  if (frame === F.FacadeParapet) return facadeTile(r, ox, oy, p, 'parapet');
  if (frame === F.FacadeFace) return facadeTile(r, ox, oy, p, 'face');
  if (frame === F.FacadeFaceAlt) return facadeTile(r, ox, oy, p, 'pipe');
  if (frame === F.FacadeFaceOuter) return facadeTile(r, ox, oy, p, 'outer');
  // Unused frame: magenta so a wrong index shows.
  r.rect(ox, oy, S, S, hex('#ff00ff'));
}

/** The whole tileset, every frame extruded by TILE_EXTRUDE px (tileset margin = extrude, spacing = 2 x extrude). */
export function buildTileset(): Raster {
  const cell = TILE_SIZE + TILE_EXTRUDE * 2;
  const total = FRAMES_PER_THEME * THEMES.length;
  const rows = Math.ceil(total / TILESET_COLUMNS);
  const scratch = new Raster(TILE_SIZE, TILE_SIZE);
  const out = new Raster(TILESET_COLUMNS * cell, rows * cell);
  for (let t = 0; t < THEMES.length; t++) {
    for (let f = 0; f < FRAMES_PER_THEME; f++) {
      scratch.data.fill(0);
      drawTileFrame(scratch, 0, 0, THEMES[t]!, f);
      const index = t * FRAMES_PER_THEME + f;
      const cx = (index % TILESET_COLUMNS) * cell + TILE_EXTRUDE;
      const cy = Math.floor(index / TILESET_COLUMNS) * cell + TILE_EXTRUDE;
      out.blitExtruded(scratch, 0, 0, TILE_SIZE, TILE_SIZE, cx, cy, TILE_EXTRUDE);
    }
  }
  return out;
}
