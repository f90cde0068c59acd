import { AUDIO, audioSources, type AudioKey, type MusicKey } from '../assets/manifest';
import { SFX_SPRITE, type SfxName } from '../assets/sfxSprite';
import { hasLineOfSight } from '../sim/grid';
import type { World } from '../sim/world';
import { cuesForEvent, type Cue } from './cues';
import { DEFAULT_HEARING, DEFAULT_VOLUMES, VoiceLimiter, busGain, directionArrow, positional, stemMix, type Bus, type Hearing, type StemMix, type Volumes } from './mix';

/** The part of Howler's Howl this module uses (a fake implements it in tests). */
export interface HowlLike {
  play(spriteOrId?: string | number): number;
  stop(id?: number): unknown;
  volume(v: number, id?: number): unknown;
  stereo?(pan: number, id?: number): unknown;
  loop?(loop: boolean, id?: number): unknown;
  unload(): void;
}

export interface HowlOptionsLike {
  src: string[];
  sprite?: Record<string, [number, number] | [number, number, boolean]>;
  loop?: boolean;
  volume?: number;
  preload?: boolean;
  onload?: () => void;
  onloaderror?: (id: number, error: unknown) => void;
  onplayerror?: (id: number, error: unknown) => void;
}

/** The part of the Howler global this module uses. */
export interface HowlerLike {
  autoUnlock: boolean;
  autoSuspend: boolean;
  ctx?: { state: string; resume(): Promise<void> } | null;
  mute(muted: boolean): unknown;
}

/** Where the module listens for gestures and visibility (the window, or a fake). */
export interface AudioEnvironment {
  on(type: string, listener: () => void): void;
  off(type: string, listener: () => void): void;
  hidden(): boolean;
}

export interface AudioDeps {
  createHowl(options: HowlOptionsLike): HowlLike;
  howler: HowlerLike;
  nowMs(): number;
  env?: AudioEnvironment;
  /**
   * Make no Howl (so no AudioContext) until the player's first gesture, or until something
   * waits on a sound (a chapter loading). Creating the context before a gesture cannot play
   * anything (browsers' autoplay rule) and cost 100-300 ms of main thread during the first
   * load in headless Chromium here, the largest single block after Phaser's own code.
   */
  startOnGesture?: boolean;
}

/** Where a sound file is: not asked for yet, on its way, playable, or failed (the game plays on without it). */
export type SoundLoad = 'idle' | 'loading' | 'loaded' | 'failed';

export interface Caption {
  text: string;
  /** Direction marker from the player to the sound ('•' when close or not positional). */
  arrow: string;
  atMs: number;
}

/** Sounds that many infected make at once get tight limits; gaps stop machine-gun repeats. */
const VOICE_LIMITS: Record<string, number> = { gurgle: 3, sprintStep: 4, snarl: 2, wallSlam: 2, doorBash: 2, playerStep: 1, cheer: 1, vending: 1, hissLoop: 1 };
const MIN_GAP_MS: Record<string, number> = { gurgle: 120, snarl: 150, sprintStep: 40, doorBash: 90, wallSlam: 60 };
const STEM_KEYS = ['explore', 'chaseLow', 'chaseHigh'] as const satisfies readonly (keyof StemMix & MusicKey)[];
const GESTURES = ['pointerdown', 'keydown', 'touchend'];

/** The exploration beds: chapter 1's and the later chapters' own; each plays with the shared chase stems. */
export const EXPLORE_BEDS = ['explore', 'exploreCafeteria', 'exploreCloset', 'exploreRooftop'] as const satisfies readonly MusicKey[];
export type ExploreBed = (typeof EXPLORE_BEDS)[number];
/** What setMusic plays: nothing, the safe room's theme, or a chapter's bed with the chase stems. */
export type MusicMode = 'none' | 'safeRoom' | ExploreBed;

/** The tracks a music mode plays (what a chapter's asset pack must load for it). */
export function musicTracks(mode: MusicMode): readonly MusicKey[] {
  if (mode === 'safeRoom') return ['safeRoom'];
  if (mode === 'none') return [];
  // A bed takes the 'explore' stem's place in the crossfade.
  return [mode, 'chaseLow', 'chaseHigh'];
}

/**
 * Game audio on top of Howler: three buses (music, sfx, ui) with volumes from settings,
 * positional sfx (pan and volume by distance from the player, muffled behind walls),
 * a per-sound voice limit, music stems crossfaded by the director's intensity, captions
 * with a direction marker. Unlocks on the first gesture (Howler.autoUnlock), never
 * auto-suspends, resumes a suspended/interrupted context on the next gesture (iOS),
 * mutes while the tab is hidden. Every call is guarded: audio that cannot play never
 * breaks the game.
 */
export class GameAudio {
  private volumes: Volumes = { ...DEFAULT_VOLUMES };
  private muted = false;
  private hiddenNow = false;
  private sfx: HowlLike | null = null;
  private readonly music = new Map<MusicKey, HowlLike>();
  private readonly musicIds = new Map<MusicKey, number>();
  private readonly limiter = new VoiceLimiter(VOICE_LIMITS, 4, MIN_GAP_MS);
  private readonly captionLimiter = new VoiceLimiter({}, 1, {});
  private readonly captionListeners: ((c: Caption) => void)[] = [];
  private listener = { x: 0, y: 0 };
  private world: World | null = null;
  private stemTarget: StemMix = stemMix(0);
  private stemNow: StemMix = stemMix(0);
  private mode: MusicMode = 'none';
  /** Bumped by every setMusic, so music that finishes loading after the player left does not start. */
  private musicRequest = 0;
  private readonly loads = new Map<AudioKey, SoundLoad>();
  private readonly loadWaiters = new Map<AudioKey, ((ok: boolean) => void)[]>();
  private hissId: number | null = null;
  readonly failures: string[] = [];
  hearing: Hearing = DEFAULT_HEARING;

  /** Whether the Howls may be made (the first gesture came, or a sound was waited on). */
  private started = false;
  /** Sounds asked for before the start, fetched when it comes. */
  private readonly deferred = new Set<AudioKey>();

  constructor(private readonly deps: AudioDeps) {
    this.guard('setup', () => {
      deps.howler.autoUnlock = true;
      deps.howler.autoSuspend = false;
      const env = deps.env;
      if (env) {
        for (const g of GESTURES) env.on(g, this.resumeOnGesture);
        env.on('visibilitychange', this.onVisibility);
        this.hiddenNow = env.hidden();
        this.applyMute();
      }
    });
    if (!deps.startOnGesture) this.start();
  }

  /** Makes the sfx Howl and fetches every sound asked for so far; once. */
  private start(): void {
    if (this.started) return;
    this.started = true;
    this.guard('setup', () => {
      this.loads.set('sfx', 'loading');
      this.sfx = this.deps.createHowl({
        src: [...AUDIO.sfx],
        sprite: SFX_SPRITE as unknown as Record<string, [number, number] | [number, number, boolean]>,
        preload: true,
        onload: () => this.settle('sfx', true),
        onloaderror: (_id, e) => {
          this.failures.push(`sfx: ${String(e)}`);
          this.settle('sfx', false);
        },
        onplayerror: (_id, e) => this.failures.push(`sfx play: ${String(e)}`),
      });
    });
    if (!this.sfx) this.settle('sfx', false);
    const later = [...this.deferred];
    this.deferred.clear();
    for (const key of later) this.load(key);
  }

  /** Whether sounds are being made yet (false before the first gesture with startOnGesture). */
  isStarted(): boolean {
    return this.started;
  }

  // ------------------------------------------------------------ loading

  /**
   * Starts fetching a sound (the sfx sprite or a music track) unless it is already on its
   * way; `done` runs once it can play (true) or failed to load (false), at once when it
   * already has. The chapter loader waits on this; failures are in `failures`.
   */
  load(key: AudioKey, done?: (ok: boolean) => void): void {
    // A prefetch before the first gesture waits for it; someone waiting on the sound starts now.
    if (!this.started && !done) {
      this.deferred.add(key);
      return;
    }
    this.start();
    if (this.loadState(key) === 'idle') {
      this.loads.set(key, 'loading');
      // Creating the Howl starts the fetch (the sfx one is made once, in the constructor).
      if (key === 'sfx') this.settle(key, false);
      else this.guard('load', () => this.musicHowl(key));
    }
    const state = this.loadState(key);
    if (!done) return;
    if (state === 'loaded' || state === 'failed') done(state === 'loaded');
    else this.loadWaiters.set(key, [...(this.loadWaiters.get(key) ?? []), done]);
  }

  loadState(key: AudioKey): SoundLoad {
    return this.loads.get(key) ?? 'idle';
  }

  private settle(key: AudioKey, ok: boolean): void {
    const state = this.loadState(key);
    if (state === 'loaded' || state === 'failed') return;
    this.loads.set(key, ok ? 'loaded' : 'failed');
    const waiters = this.loadWaiters.get(key) ?? [];
    this.loadWaiters.delete(key);
    for (const w of waiters) w(ok);
  }

  /** Runs `then` once every one of `keys` has loaded or failed (at once when they all have). */
  private whenLoaded(keys: readonly AudioKey[], then: () => void): void {
    let left = keys.length;
    if (left === 0) then();
    for (const k of keys) this.load(k, () => --left === 0 && then());
  }

  // ------------------------------------------------------------ settings

  setVolumes(v: Volumes): void {
    this.volumes = { ...v };
    this.guard('volumes', () => this.applyMusicVolumes());
  }

  getVolumes(): Volumes {
    return { ...this.volumes };
  }

  setMuted(muted: boolean): void {
    this.muted = muted;
    this.applyMute();
  }

  isMuted(): boolean {
    return this.muted;
  }

  onCaption(cb: (c: Caption) => void): () => void {
    this.captionListeners.push(cb);
    return () => {
      const i = this.captionListeners.indexOf(cb);
      if (i >= 0) this.captionListeners.splice(i, 1);
    };
  }

  // ------------------------------------------------------------ sfx

  /** Plays a sound effect; with a position (tiles) it is panned and attenuated from the listener. Returns false when it was not played. */
  play(name: SfxName, opts: { x?: number; y?: number; bus?: Bus; caption?: string } = {}): boolean {
    return this.guard('play', () => {
      const bus: Bus = opts.bus ?? 'sfx';
      let volume = busGain(this.volumes, bus);
      let pan = 0;
      // How loud it reaches the player, whatever the volume settings: a muted player still gets the caption.
      let reach = 1;
      const positioned = opts.x !== undefined && opts.y !== undefined;
      if (positioned) {
        const muffled = this.world ? !hasLineOfSight(this.world.grid, this.listener.x, this.listener.y, opts.x!, opts.y!) : false;
        const heard = positional(this.listener.x, this.listener.y, opts.x!, opts.y!, muffled, this.hearing);
        reach = heard.volume;
        volume *= heard.volume;
        pan = heard.pan;
      }
      if (opts.caption && (!positioned || reach > 0.01)) this.caption(opts.caption, positioned ? opts.x! - this.listener.x : 0, positioned ? opts.y! - this.listener.y : 0);
      if (volume <= 0.01) return false;
      this.start(); // a sound asked for from a gesture's own handler (the title's first click)
      if (!this.sfx) return false;
      const now = this.deps.nowMs();
      if (!this.limiter.tryStart(name, now, SFX_SPRITE[name][1])) return false;
      const id = this.sfx.play(name);
      this.sfx.volume(volume, id);
      if (pan !== 0) this.sfx.stereo?.(pan, id);
      return true;
    }, false);
  }

  /** UI sounds: not positional, on the ui bus. */
  ui(name: 'uiClick' | 'uiBack'): void {
    this.play(name, { bus: 'ui' });
  }

  /** Extinguisher hiss: start + loop while held, stop tail on release. */
  setSpraying(on: boolean): void {
    this.guard('spray', () => {
      if (!this.sfx) return;
      const v = busGain(this.volumes, 'sfx');
      if (on && this.hissId === null) {
        this.play('hissStart');
        this.hissId = this.sfx.play('hissLoop');
        this.sfx.volume(v * 0.8, this.hissId);
      } else if (!on && this.hissId !== null) {
        this.sfx.stop(this.hissId);
        this.hissId = null;
        this.play('hissStop');
      }
    });
  }

  /**
   * Plays the sounds for this tick's sim events (call after every step: events are
   * cleared each step). Sets the listener to the player. Unknown event kinds are ignored.
   */
  playEventsFor(world: World): void {
    this.guard('events', () => {
      this.world = world;
      this.listener = { x: world.player.x, y: world.player.y };
      for (const event of world.events) {
        for (const cue of cuesForEvent(event as unknown as { type: string } & Record<string, unknown>, world)) this.playCue(cue);
      }
    });
  }

  private playCue(cue: Cue): void {
    this.play(cue.sfx, { x: cue.x, y: cue.y, caption: cue.caption });
    if (cue.stinger) this.stinger();
  }

  // ------------------------------------------------------------ music

  /**
   * 'explore' starts the bed with the chase stems in sync (silent until intensity rises);
   * 'safeRoom' the K-pop theme. Tracks still loading start together once all have loaded
   * (stems started apart would drift out of sync); what failed to load stays silent.
   */
  setMusic(mode: MusicMode): void {
    if (mode === this.mode) return;
    this.guard('music', () => {
      for (const [key, howl] of this.music) {
        if (key === 'stinger') continue;
        const id = this.musicIds.get(key);
        if (id !== undefined) howl.stop(id);
        this.musicIds.delete(key);
      }
      this.mode = mode;
      const request = ++this.musicRequest;
      const tracks = musicTracks(mode);
      this.whenLoaded(tracks, () => {
        if (request !== this.musicRequest) return;
        this.guard('music', () => {
          for (const k of tracks) if (this.loadState(k) === 'loaded') this.startLoop(k);
          this.applyMusicVolumes();
        });
      });
    });
  }

  getMusic(): MusicMode {
    return this.mode;
  }

  /** Director intensity 0..1: where the stem crossfade is heading (update() moves toward it). */
  setIntensity(intensity: number): void {
    this.stemTarget = stemMix(intensity);
  }

  /** Current stem gains (before bus volume), for tests and debugging. */
  stems(): StemMix {
    return { ...this.stemNow };
  }

  /** Moves the stem mix toward its target (about 0.7 s for a full crossfade). Call once per frame. */
  update(deltaSeconds: number): void {
    this.guard('update', () => {
      const k = Math.min(1, Math.max(0, deltaSeconds) * 1.5);
      let changed = false;
      for (const key of STEM_KEYS) {
        const d = this.stemTarget[key] - this.stemNow[key];
        if (Math.abs(d) < 1e-4) continue;
        this.stemNow[key] = Math.abs(d) <= k ? this.stemTarget[key] : this.stemNow[key] + Math.sign(d) * k;
        changed = true;
      }
      if (changed) this.applyMusicVolumes();
    });
  }

  stinger(): void {
    this.guard('stinger', () => {
      const howl = this.musicHowl('stinger');
      const id = howl.play();
      howl.volume(busGain(this.volumes, 'music'), id);
    });
  }

  destroy(): void {
    this.guard('destroy', () => {
      const env = this.deps.env;
      if (env) {
        for (const g of GESTURES) env.off(g, this.resumeOnGesture);
        env.off('visibilitychange', this.onVisibility);
      }
      this.sfx?.unload();
      for (const h of this.music.values()) h.unload();
      this.music.clear();
      this.loads.clear();
      this.loadWaiters.clear();
    });
  }

  // ------------------------------------------------------------ internals

  private startLoop(key: MusicKey): void {
    const howl = this.musicHowl(key);
    const id = howl.play();
    howl.volume(0, id);
    this.musicIds.set(key, id);
  }

  /** The track's Howl, created (and so fetched) on first use; every track but the stinger loops. */
  private musicHowl(key: MusicKey): HowlLike {
    let howl = this.music.get(key);
    if (!howl) {
      if (this.loadState(key) === 'idle') this.loads.set(key, 'loading');
      const create = () => this.deps.createHowl({
        src: [...audioSources(key)],
        loop: key !== 'stinger',
        preload: true,
        onload: () => this.settle(key, true),
        onloaderror: (_id, e) => {
          this.failures.push(`music ${key}: ${String(e)}`);
          this.settle(key, false);
        },
        onplayerror: (_id, e) => this.failures.push(`music ${key} play: ${String(e)}`),
      });
      try {
        howl = create();
      } catch (err) {
        this.settle(key, false); // nobody waits forever on a Howl that could not be made
        throw err;
      }
      this.music.set(key, howl);
    }
    return howl;
  }

  private applyMusicVolumes(): void {
    const g = busGain(this.volumes, 'music');
    for (const [key, id] of this.musicIds) {
      const howl = this.music.get(key);
      if (!howl) continue;
      const bed = (EXPLORE_BEDS as readonly string[]).includes(key);
      const stem = key === 'safeRoom' ? 1 : bed ? this.stemNow.explore : (this.stemNow as unknown as Record<string, number>)[key] ?? 0;
      howl.volume(g * stem, id);
    }
  }

  private caption(text: string, dx: number, dy: number): void {
    const now = this.deps.nowMs();
    if (!this.captionLimiter.tryStart(`caption:${text}`, now, 1200)) return;
    const c: Caption = { text, arrow: directionArrow(dx, dy), atMs: now };
    for (const cb of this.captionListeners) cb(c);
  }

  private applyMute(): void {
    this.guard('mute', () => this.deps.howler.mute(this.muted || this.hiddenNow));
  }

  private readonly onVisibility = (): void => {
    this.hiddenNow = this.deps.env?.hidden() ?? false;
    this.applyMute();
  };

  /** iOS suspends or 'interrupts' the context after calls and backgrounding: resume on the next gesture. */
  private readonly resumeOnGesture = (): void => {
    this.start();
    const ctx = this.deps.howler.ctx;
    if (ctx && ctx.state !== 'running') {
      try {
        ctx.resume().catch(() => undefined);
      } catch {
        // Resuming is best effort.
      }
    }
  };

  private guard<T>(what: string, fn: () => T): T | undefined;
  private guard<T>(what: string, fn: () => T, fallback: T): T;
  private guard<T>(what: string, fn: () => T, fallback?: T): T | undefined {
    try {
      return fn();
    } catch (err) {
      if (this.failures.length < 20) this.failures.push(`${what}: ${err instanceof Error ? err.message : String(err)}`);
      return fallback;
    }
  }
}
