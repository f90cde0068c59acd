/** Scene keys, in one place. The test API reports these. */
export const SceneKey = {
  Boot: 'Boot',
  Preload: 'Preload',
  Title: 'Title',
  Hallway: 'Hallway',
  Pause: 'Pause',
  Hud: 'Hud',
  Settings: 'Settings',
  ChapterEnd: 'ChapterEnd',
} as const;
export type SceneKeyName = (typeof SceneKey)[keyof typeof SceneKey];
