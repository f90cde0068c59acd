/** Shared look for text and UI drawn by Phaser. */
export const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
export const COLORS = {
  background: 0x101014,
  text: '#f2eef0',
  dim: '#a49ca3',
  accent: '#ff5a6a',
  accentHex: 0xff5a6a,
  panel: 0x1c1a20,
} as const;
