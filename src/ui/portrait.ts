import * as Phaser from 'phaser';
import type { Expression } from '../story/runner';
import { FONT } from './theme';
import { PORTRAIT_CAST, PORTRAIT_SHEET, portraitFrame } from '../assets/portraits';

/**
 * A cast member's portrait: the frame of story-art's 'portraits' sheet (src/assets/portraits.ts,
 * loaded with the interlude pack) for the member and expression. Where the sheet is not
 * loaded (an ending reached by its test entry point) or has no row for the id, the member
 * is drawn here instead: a plate in their colour with a face whose brows, eyes and mouth
 * show the expression, and their initial, so who speaks and how still reads at 60 px.
 */
export const CAST_COLORS: Readonly<Record<string, number>> = {
  joon: 0x4a78c0,
  'seo-yeon': 0xd07b93,
  'ji-an': 0x7f8fbf,
  'tae-min': 0xe2a33f,
  'gu-ho': 0x8a6f6f,
  'da-som': 0x5fa86c,
  'mr-baek': 0x9a8a5e,
};

/** The painted frame for a member and expression, or null (draw instead). */
function painted(castId: string, face: Expression): { key: string; frame: number } | null {
  const id = PORTRAIT_CAST.find((c) => c === castId);
  return id ? { key: PORTRAIT_SHEET, frame: portraitFrame(id, face) } : null;
}

export function drawPortrait(scene: Phaser.Scene, castId: string, face: Expression, x: number, y: number, size: number, name: string): Phaser.GameObjects.Container {
  const c = scene.add.container(x, y);
  const sheet = painted(castId, face);
  if (sheet && scene.textures.exists(sheet.key)) {
    const img = scene.add.image(0, 0, sheet.key, sheet.frame);
    img.setScale(size / Math.max(img.width, img.height));
    c.add(img);
    return c;
  }
  const color = CAST_COLORS[castId] ?? 0x777777;
  const s = size / 100;
  const g = scene.add.graphics();
  g.fillStyle(0x15101a, 1).fillRoundedRect(-50 * s, -50 * s, 100 * s, 100 * s, 12 * s);
  g.fillStyle(color, 1).fillRoundedRect(-46 * s, -46 * s, 92 * s, 92 * s, 10 * s);
  // Uniform collar and face.
  g.fillStyle(0xe8e2e6, 1).fillTriangle(-30 * s, 46 * s, 30 * s, 46 * s, 0, 22 * s);
  g.fillStyle(0xf1d3bd, 1).fillCircle(0, -4 * s, 27 * s);
  g.fillStyle(0x2a2026, 1).fillEllipse(0, -26 * s, 60 * s, 22 * s);
  const eye = (dx: number) => {
    const h = face === 'scared' ? 7 : face === 'smile' ? 2.5 : 5;
    g.fillStyle(0x1a1418, 1).fillEllipse(dx * s, -6 * s, 6 * s, h * s);
  };
  eye(-10);
  eye(10);
  g.lineStyle(Math.max(1.5, 2.5 * s), 0x1a1418, 1);
  // Brows: angry slant down to the nose, worried and sad up in the middle, scared high.
  const brow = (dx: number, inner: number, outer: number) => g.lineBetween((dx - 6 * Math.sign(dx)) * s, inner * s, (dx + 6 * Math.sign(dx)) * s, outer * s);
  const brows: Record<Expression, [number, number]> = { neutral: [-14, -14], worried: [-17, -13], angry: [-11, -16], sad: [-17, -13], smile: [-15, -15], scared: [-19, -18] };
  const [inner, outer] = brows[face];
  brow(-10, inner, outer);
  brow(10, inner, outer);
  // Mouth.
  g.beginPath();
  if (face === 'smile') g.arc(0, 6 * s, 9 * s, 0.15 * Math.PI, 0.85 * Math.PI, false);
  else if (face === 'sad' || face === 'worried') g.arc(0, 15 * s, 7 * s, 1.2 * Math.PI, 1.8 * Math.PI, false);
  else if (face === 'scared') g.strokeEllipse(0, 10 * s, 8 * s, 10 * s);
  else if (face === 'angry') g.moveTo(-8 * s, 11 * s).lineTo(8 * s, 9 * s);
  else g.moveTo(-7 * s, 10 * s).lineTo(7 * s, 10 * s);
  g.strokePath();
  const initial = scene.add
    .text(-40 * s, 40 * s, name.slice(0, 1), { fontFamily: FONT, fontSize: `${Math.max(10, Math.round(18 * s))}px`, color: '#15101a', fontStyle: 'bold' })
    .setOrigin(0, 1);
  c.add([g, initial]);
  return c;
}
