/**
 * The group's cast (GAME_DESIGN.md): RunState.cast is keyed by these ids. Levels name a
 * classmate by their name ('Da-som' in a locker); `castIdFor` turns that into the id.
 */
export const CAST_NAMES: Readonly<Record<string, string>> = {
  'seo-yeon': 'Seo-yeon',
  'ji-an': 'Ji-an',
  'tae-min': 'Tae-min',
  'gu-ho': 'Gu-ho',
  'da-som': 'Da-som',
  'mr-baek': 'Mr. Baek',
};

/** 'Da-som' -> 'da-som', 'Mr. Baek' -> 'mr-baek'; an id is returned as it is. */
export function castIdFor(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The name to show for a cast id (the id itself for someone not in the table). */
export function castName(id: string): string {
  return CAST_NAMES[id] ?? id;
}
