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
  // A card in the campaign: the ending (src/campaign/endings.ts), or a step this build lacks; StoryCardData.
  StoryCard: 'StoryCard',
  // Mr. Baek's lab notes, over the title or the pause menu; NotesData.
  Notes: 'Notes',
} as const;
export type SceneKeyName = (typeof SceneKey)[keyof typeof SceneKey];
