/** Scene keys, in one place. The test API reports these. */
export const SceneKey = {
  Boot: 'Boot',
  Preload: 'Preload',
  Title: 'Title',
  // Plays every chapter (src/chapters definitions); started with ChapterStartData.
  Chapter: 'Chapter',
  Pause: 'Pause',
  Hud: 'Hud',
  // After a watched replay (ChapterScene's watch mode): matched or diverged.
  ReplayEnd: 'ReplayEnd',
  Settings: 'Settings',
  ChapterEnd: 'ChapterEnd',
  // A stop in the safe room between chapters (src/campaign/interludes.ts); InterludeStartData.
  Interlude: 'Interlude',
} as const;
export type SceneKeyName = (typeof SceneKey)[keyof typeof SceneKey];
