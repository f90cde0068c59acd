import { describe, expect, it } from 'vitest';
import { GameAudio, type HowlLike, type HowlOptionsLike } from '../../src/audio/gameAudio';
import { worldFromAscii } from '../helpers';

/** A fake Howler: records every call, plays nothing; loads at once unless told to wait. */
class FakeHowl implements HowlLike {
  static all: FakeHowl[] = [];
  static loadAtOnce = true;
  nextId = 1;
  plays: { sprite?: string | number; id: number }[] = [];
  volumes = new Map<number, number>();
  pans = new Map<number, number>();
  stopped: number[] = [];
  constructor(readonly options: HowlOptionsLike) {
    FakeHowl.all.push(this);
    if (FakeHowl.loadAtOnce) options.onload?.();
  }
  /** The file arrived (or, with an error, did not). */
  finishLoading(error?: string): void {
    if (error) this.options.onloaderror?.(0, error);
    else this.options.onload?.();
  }
  play(sprite?: string | number): number {
    const id = this.nextId++;
    this.plays.push({ sprite, id });
    return id;
  }
  stop(id?: number): void {
    if (id !== undefined) this.stopped.push(id);
  }
  volume(v: number, id?: number): void {
    if (id !== undefined) this.volumes.set(id, v);
  }
  stereo(p: number, id?: number): void {
    if (id !== undefined) this.pans.set(id, p);
  }
  unload(): void {}
}

function setup(opts: { throwing?: boolean; slowFiles?: boolean; startOnGesture?: boolean } = {}) {
  FakeHowl.all = [];
  FakeHowl.loadAtOnce = !opts.slowFiles;
  let now = 0;
  const listeners = new Map<string, () => void>();
  let hidden = false;
  const howler = { autoUnlock: false, autoSuspend: true, muted: false, ctx: { state: 'suspended', resumed: 0, resume() { this.resumed++; this.state = 'running'; return Promise.resolve(); } }, mute(m: boolean) { this.muted = m; } };
  const audio = new GameAudio({
    createHowl: (o) => {
      if (opts.throwing) throw new Error('no audio here');
      return new FakeHowl(o);
    },
    howler,
    nowMs: () => now,
    env: { on: (t, l) => listeners.set(t, l), off: (t) => listeners.delete(t), hidden: () => hidden },
    startOnGesture: opts.startOnGesture,
  });
  return {
    audio,
    howler,
    sfx: () => FakeHowl.all[0]!,
    music: (src: string) => FakeHowl.all.find((h) => h.options.src[0]!.includes(src))!,
    advance: (ms: number) => (now += ms),
    fire: (t: string) => listeners.get(t)?.(),
    setHidden: (h: boolean) => (hidden = h),
  };
}

const MAP = `
##########
#P.......#
#........#
#####D####
#........#
##########`;

describe('GameAudio against a fake Howler', () => {
  it('with startOnGesture, makes no sound (no AudioContext) before the first gesture, then fetches what was asked for', () => {
    const { audio, fire } = setup({ startOnGesture: true });
    audio.load('stinger'); // the title's prefetch
    expect(FakeHowl.all).toHaveLength(0);
    expect(audio.isStarted()).toBe(false);
    fire('keydown');
    expect(audio.isStarted()).toBe(true);
    expect(FakeHowl.all.map((h) => h.options.src[0]!.split('/').pop()!.split('.')[0])).toEqual(['sfx', 'music-stinger']);
    expect(audio.loadState('sfx')).toBe('loaded');
  });

  it('with startOnGesture, a chapter waiting on a sound starts the audio without a gesture, and a click sound from the gesture plays', () => {
    const first = setup({ startOnGesture: true });
    let ok: boolean | null = null;
    first.audio.load('sfx', (v) => (ok = v));
    expect(ok).toBe(true);
    const second = setup({ startOnGesture: true });
    second.audio.ui('uiClick'); // the title's first key press: its own handler may run before the gesture listener
    expect(second.sfx().plays.map((p) => p.sprite)).toEqual(['uiClick']);
  });


  it('unlocks on the first gesture and never auto-suspends; ships two formats', () => {
    const { howler, sfx } = setup();
    expect(howler.autoUnlock).toBe(true);
    expect(howler.autoSuspend).toBe(false);
    expect(sfx().options.src.map((s) => s.split('.').pop())).toEqual(['webm', 'mp3']);
  });

  it('plays sfx at the sfx bus volume and ui sounds at the ui bus volume', () => {
    const { audio, sfx } = setup();
    audio.setVolumes({ master: 0.5, music: 1, sfx: 0.8, ui: 0.2 });
    audio.play('wallSlam');
    audio.ui('uiClick');
    const [slam, click] = sfx().plays;
    expect(sfx().volumes.get(slam!.id)).toBeCloseTo(0.4);
    expect(sfx().volumes.get(click!.id)).toBeCloseTo(0.1);
  });

  it('pans and attenuates by distance from the player, and skips what is out of earshot', () => {
    const { audio, sfx } = setup();
    const world = worldFromAscii(MAP);
    audio.playEventsFor(world); // sets the listener to the player (1.5, 1.5)
    audio.play('wallSlam', { x: 7.5, y: 1.5 });
    audio.play('wallSlam', { x: 500, y: 1.5 });
    expect(sfx().plays).toHaveLength(1);
    const id = sfx().plays[0]!.id;
    expect(sfx().pans.get(id)).toBeGreaterThan(0.3);
    expect(sfx().volumes.get(id)).toBeLessThan(0.9);
  });

  it('muffles a sound behind a wall', () => {
    const { audio, sfx, advance } = setup();
    const world = worldFromAscii(MAP);
    audio.playEventsFor(world);
    audio.play('doorBash', { x: 1.5, y: 2.5 });
    advance(1000);
    audio.play('doorBash', { x: 1.5, y: 4.5 }); // the room below, through the wall
    const [open, behind] = sfx().plays;
    expect(sfx().volumes.get(behind!.id)!).toBeLessThan(sfx().volumes.get(open!.id)! * 0.5);
  });

  it('a horde gurgling at once plays only a few voices', () => {
    const { audio, sfx } = setup();
    for (let i = 0; i < 500; i++) audio.play(`gurgle${(i % 4) + 1}` as 'gurgle1', { x: 0, y: 0 });
    expect(sfx().plays.length).toBeLessThanOrEqual(3);
    expect(sfx().plays.length).toBeGreaterThan(0);
  });

  it('plays door sounds for door events and ignores event kinds it does not know', () => {
    const { audio, sfx } = setup();
    const world = worldFromAscii(MAP);
    world.events.push({ type: 'doorOpened', door: 0 });
    (world.events as unknown as { type: string }[]).push({ type: 'somethingNew' });
    audio.playEventsFor(world);
    expect(sfx().plays.map((p) => p.sprite)).toEqual(['doorOpen']);
  });

  it('crossfades the chase stems with intensity, in sync, on the music bus', () => {
    const { audio, music } = setup();
    audio.setVolumes({ master: 1, music: 0.5, sfx: 1, ui: 1 });
    audio.setMusic('explore');
    const low = music('chaseLow');
    const explore = music('music-explore');
    expect(low.plays).toHaveLength(1);
    expect(explore.plays).toHaveLength(1);
    audio.setIntensity(1);
    for (let i = 0; i < 120; i++) audio.update(1 / 60);
    expect(low.volumes.get(low.plays[0]!.id)).toBeCloseTo(0.5);
    expect(explore.volumes.get(explore.plays[0]!.id)!).toBeLessThan(0.2);
    audio.setIntensity(0);
    for (let i = 0; i < 120; i++) audio.update(1 / 60);
    expect(low.volumes.get(low.plays[0]!.id)).toBe(0);
    expect(explore.volumes.get(explore.plays[0]!.id)).toBeCloseTo(0.5);
  });

  it('exploration music waits until the bed and both chase stems have loaded, then starts them together', () => {
    const { audio, music } = setup({ slowFiles: true });
    audio.setMusic('explore');
    const tracks = [music('music-explore'), music('chaseLow'), music('chaseHigh')];
    expect(tracks.map((t) => t.plays.length)).toEqual([0, 0, 0]);
    tracks[0]!.finishLoading();
    tracks[1]!.finishLoading();
    expect(tracks.map((t) => t.plays.length)).toEqual([0, 0, 0]);
    tracks[2]!.finishLoading();
    expect(tracks.map((t) => t.plays.length)).toEqual([1, 1, 1]);
    expect(audio.getMusic()).toBe('explore');
  });

  it('a music track that fails to load stays silent and the others still play', () => {
    const { audio, music } = setup({ slowFiles: true });
    audio.setMusic('explore');
    music('chaseHigh').finishLoading('404');
    music('music-explore').finishLoading();
    music('chaseLow').finishLoading();
    expect([music('music-explore').plays.length, music('chaseLow').plays.length, music('chaseHigh').plays.length]).toEqual([1, 1, 0]);
    expect(audio.failures.join('\n')).toContain('chaseHigh');
  });

  it('music that finishes loading after the player left the chapter does not start', () => {
    const { audio, music } = setup({ slowFiles: true });
    audio.setMusic('explore');
    audio.setMusic('none');
    for (const t of ['music-explore', 'chaseLow', 'chaseHigh']) music(t).finishLoading();
    expect(music('music-explore').plays).toHaveLength(0);
  });

  it('load() says when a sound can play: on arrival, at once once loaded, and false when it failed', () => {
    const { audio, music, sfx } = setup({ slowFiles: true });
    const heard: string[] = [];
    audio.load('explore', (ok) => heard.push(`explore ${ok}`));
    audio.load('sfx', (ok) => heard.push(`sfx ${ok}`));
    expect(heard).toEqual([]);
    expect(audio.loadState('explore')).toBe('loading');
    music('music-explore').finishLoading();
    sfx().finishLoading('decode error');
    expect(heard).toEqual(['explore true', 'sfx false']);
    audio.load('explore', (ok) => heard.push(`again ${ok}`));
    expect(heard.at(-1)).toBe('again true');
    // Asking twice fetches once.
    expect(FakeHowl.all.filter((h) => h.options.src[0]!.includes('music-explore'))).toHaveLength(1);
  });

  it('captions important sounds with a direction marker', () => {
    const { audio } = setup();
    const captions: string[] = [];
    audio.onCaption((c) => captions.push(`${c.arrow} ${c.text}`));
    const world = worldFromAscii(MAP);
    audio.playEventsFor(world);
    audio.play('snarl', { x: 7.5, y: 1.5, caption: 'Snarl' });
    expect(captions).toEqual(['→ Snarl']);
  });

  it('captions a nearby sound with the volume at zero too: captions are for players who cannot hear it', () => {
    const { audio } = setup();
    const captions: string[] = [];
    audio.onCaption((c) => captions.push(c.text));
    audio.setVolumes({ master: 0, music: 0, sfx: 0, ui: 0 });
    audio.playEventsFor(worldFromAscii(MAP));
    audio.play('snarl', { x: 7.5, y: 1.5, caption: 'Snarl' });
    expect(captions).toEqual(['Snarl']);
  });

  it('mutes while the tab is hidden and resumes a suspended context on the next gesture', () => {
    const t = setup();
    t.setHidden(true);
    t.fire('visibilitychange');
    expect(t.howler.muted).toBe(true);
    t.setHidden(false);
    t.fire('visibilitychange');
    expect(t.howler.muted).toBe(false);
    t.fire('pointerdown');
    expect(t.howler.ctx.resumed).toBe(1);
  });

  it('never throws when audio cannot be created', () => {
    const { audio } = setup({ throwing: true });
    const world = worldFromAscii(MAP);
    world.events.push({ type: 'doorOpened', door: 0 });
    expect(() => {
      audio.playEventsFor(world);
      audio.setMusic('explore');
      audio.setIntensity(1);
      audio.update(0.1);
      audio.stinger();
      audio.setSpraying(true);
    }).not.toThrow();
    expect(audio.play('uiClick')).toBe(false);
    const settled: boolean[] = [];
    audio.load('explore', (ok) => settled.push(ok));
    audio.load('sfx', (ok) => settled.push(ok));
    audio.load('stinger', (ok) => settled.push(ok)); // its Howl was tried by stinger() above
    expect(settled).toEqual([false, false, false]);
  });
});
