import type { Theme } from '../assets/frames';
import type { CameraView } from '../view/camera';
import type { MusicMode } from '../audio/gameAudio';
import type { ChapterPackId } from '../assets/packs';
import type { RunState } from '../campaign/runState';
import type { ChapterMapId } from '../levels/chapterMaps';
import type { ObjectiveLossCause } from '../sim/events';
import type { World, WorldOptions } from '../sim/world';
import type { LevelPoint } from '../sim/level';
import type { Difficulty, VariantName } from '../sim/tuning';
import type { ChapterBeats } from './beats';
import type { SightingLines } from './sightings';

/** The music a chapter plays (src/audio: an exploration bed with the chase stems, or the safe-room theme). */
export type ChapterMusic = Exclude<MusicMode, 'none'>;

/**
 * Why an attempt was lost, for the end screen's "what got you" line. A bite names the
 * variant that bit; other losses come from the chapter's objectives (the sim's
 * `chapterLost` event: a protected door broken, a time limit run out, an ally lost).
 */
export type LossCause = VariantName | 'bitten' | ObjectiveLossCause;

/** What the end screen knows of a finished attempt, for a chapter's result lines. */
export interface ChapterRunSummary {
  /** Ticks played over every attempt (the finishing time). */
  elapsedTicks: number;
  retries: number;
}

/**
 * One chapter as data: everything ChapterScene needs to play it. Adding a chapter means
 * one definition file in src/chapters/, one map in src/levels/maps/ and one line in
 * CHAPTERS (registry.ts); no scene subclass, no edits elsewhere.
 */
export interface ChapterDefinition {
  /** Stable id: saves, replays and the campaign name chapters by it. */
  id: string;
  number: number;
  /** Where it happens ("Hallway"). */
  place: string;
  /** The chapter's name ("The Bell"). */
  title: string;
  /** The authored Tiled map (src/levels/chapterMaps.ts). */
  map: ChapterMapId;
  /** Which block of the tile art draws it. */
  theme: Theme;
  music: ChapterMusic;
  /** The art and music only this chapter needs, loaded when it starts (src/assets/packs.ts). */
  assetPack: ChapterPackId;
  /** The world seed when none is given (`?seed=N` and replays override it). */
  seed: number;
  /** The chapter's scripted beats, run after every sim step. */
  beats: ChapterBeats | null;
  /**
   * The caption the first time the player sees each variant, in this chapter's words
   * ("The coach: ..."); a variant left out gets DEFAULT_SIGHTINGS (src/chapters/sightings.ts).
   */
  sightings?: SightingLines;
  /** The world options for this chapter in this run (allies, items carried over, ...). */
  worldOptions(run: Readonly<RunState>): WorldOptions;
  /**
   * The director's whole budget on some difficulties, in place of the map's `directorBudget`
   * scaled by DIFFICULTY (createChapterWorld passes it as WorldOptions.directorBudget). Absent: the scaled one.
   */
  directorBudget?: Partial<Record<Difficulty, number>>;
  /**
   * Where the objective marker leads now (a point in tiles: the cabinet, the key, the
   * exit), or null for no marker. Absent: the nearest exit (objectiveTarget in ./wayfinding).
   */
  objectiveTarget?(world: World): LevelPoint | null;
  /**
   * The map-knowing survivor bot's plan (src/bots): the point to fetch next (a snack), or
   * null for the exit. Absent: the exit, the keys on the way first.
   */
  botGoal?(world: World): LevelPoint | null;
  /**
   * The HUD's objective line now, for chapters that word it as they go; without it the HUD
   * shows the sim's current objective (src/sim/objectives.ts) with its progress.
   */
  objective?(world: World): string;
  /**
   * Objective ids whose count `objective` already words (chapter 2: the snacks): the HUD's
   * progress line leaves them out, so a phone does not show the same count twice.
   */
  objectiveCounts?: readonly string[];
  /** The end screen's "what got you" line per cause, with a tip; a missing cause gets a generic line. */
  lossTips: Partial<Record<LossCause, string>>;
  /** The end screen's result lines (time, grabs, finds, retries). */
  resultLines(world: World, summary: ChapterRunSummary): string[];
  /** Whether the HUD shows the phone's battery. */
  usesPhone: boolean;
  /** How much of the map the camera shows (src/view/camera.ts). Absent: 13 tiles on the short side, 16 across in portrait. */
  camera?: CameraView;
  /**
   * A rescue the view draws coming in (the rooftop's helicopter): seconds until it is down
   * (<= 0 on the pad, null while it is not coming yet) and where it lands. Absent: none.
   */
  finale?: {
    landingIn(world: World): number | null;
    pad: LevelPoint | null;
  };
  /**
   * Bot plan data: where a map-knowing bot should wait now (a hiding place until the
   * chapter's beat lets it go), or null to head for the exit. Absent: never wait.
   */
  botWait?(world: World): LevelPoint | null;
}

/** The line for a loss: the chapter's tip for that cause, else a plain statement. */
export function lossLine(def: ChapterDefinition, cause: LossCause | null): string {
  const tip = cause ? def.lossTips[cause] : undefined;
  if (tip) return tip;
  switch (cause) {
    case 'doorBroken':
      return 'The door gave way.';
    case 'timeUp':
      return 'Time ran out.';
    case 'allyLost':
      return 'You lost someone you had to keep safe.';
    default:
      return 'You were bitten.';
  }
}

/** The end screen's heading for a loss: a bite, or the objective that was lost. */
export function lossHeading(cause: LossCause | null): string {
  switch (cause) {
    case 'doorBroken':
      return 'The door broke';
    case 'timeUp':
      return 'Out of time';
    case 'allyLost':
      return 'Left behind';
    default:
      return 'Bitten';
  }
}
