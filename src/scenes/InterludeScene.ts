import * as Phaser from 'phaser';
import { loadChapterPack } from './loadPack';
import { gameAudio } from '../audio';
import { finishInterlude } from '../campaign/campaign';
import { castName } from '../campaign/cast';
import { groupLine, interludeById, withGroup, type InterludeDefinition } from '../campaign/interludes';
import type { RunState } from '../campaign/runState';
import { consequenceText } from '../campaign/votes';
import { services } from '../game/services';
import { runStore } from '../save/runStore';
import { STORY } from '../sim/tuning';
import type { StoryBeat, StoryChoice, StoryLine, StoryOption, StoryRunner } from '../story/runner';
import { Menu, type MenuItem } from '../ui/menu';
import { destroyChildren } from '../ui/destroyChildren';
import { showFatalError } from '../ui/errorPanel';
import { drawPortrait } from '../ui/portrait';
import { DANCE_FRAMES, DANCE_POSES, PORTRAIT_CAST, danceFrame, type PortraitCastId } from '../assets/portraits';
import { COLORS, FONT } from '../ui/theme';
import { startStep } from './campaignFlow';
import { SceneKey } from './keys';

/** What starts an interlude: which one, and the run it belongs to. */
export interface InterludeStartData {
  interludeId: string;
  run: RunState;
}

/** The story module and the ink, fetched together: the scene shows nothing of the story until both are in. */
type Loaded = { runner: StoryRunner; timeoutOption: (c: StoryChoice) => StoryOption };

/**
 * An interlude in the safe room: the group's portraits, the ink story's dialogue one line
 * at a time (Next), the dance and the flashback when the story calls for them, then the
 * vote: each member's position under their portrait, the options (with a countdown unless
 * the vote timer is off in Settings; when it runs out the group's majority decides), and
 * the consequence in plain words before Continue goes on to the run's next step.
 * Keyboard, mouse, touch and gamepad all go through Menu; every word is on screen.
 */
export class InterludeScene extends Phaser.Scene {
  private run!: RunState;
  private def: InterludeDefinition | undefined;
  private story: Loaded | null = null;
  private beat: StoryBeat | null = null;
  /** After the vote: the option chosen, shown with its consequence. */
  private voted: { option: StoryOption; byTimer: boolean } | null = null;
  private menu: Menu | null = null;
  private voteEndsAt = 0;
  private timerText: Phaser.GameObjects.Text | null = null;
  private dancing: { until: number } | null = null;
  private alive = false;
  /** The page was hidden or lost focus during a vote: its countdown starts again on return. */
  private awayDuringVote = false;
  private danceTimer: Phaser.Time.TimerEvent | null = null;

  constructor() {
    super(SceneKey.Interlude);
  }

  init(data: InterludeStartData): void {
    this.def = interludeById(data.interludeId);
    // The room as the group arrives (who came in, who is no longer there); the vote applies on leaving.
    this.run = this.def ? this.def.arrive(data.run) : data.run;
    this.story = null;
    this.beat = null;
    this.voted = null;
    this.dancing = null;
    this.awayDuringVote = false;
    this.danceTimer = null;
  }

  preload(): void {
    loadChapterPack(this, 'interlude', this.def?.place ?? 'The music room');
  }

  create(): void {
    this.alive = true;
    gameAudio().setMusic('safeRoom');
    this.scale.on(Phaser.Scale.Events.RESIZE, this.draw, this);
    // A vote is never decided by the timer while the player is in another tab or window.
    const stopUi = services().router.onUi((action, source) => {
      if (action === 'pause' && (source === 'hidden' || source === 'blur') && this.voteEndsAt > 0) this.awayDuringVote = true;
    });
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      stopUi();
      this.alive = false;
      this.scale.off(Phaser.Scale.Events.RESIZE, this.draw, this);
      this.menu = null;
      this.timerText = null;
      gameAudio().setMusic('none');
    });
    const def = this.def;
    if (!def) {
      this.scene.start(SceneKey.Title);
      return;
    }
    this.draw();
    Promise.all([import('../story/runner'), def.story()])
      .then(([mod, json]) => {
        if (!this.alive) return;
        this.story = { runner: new mod.StoryRunner(json, this.run), timeoutOption: mod.timeoutOption };
        this.advance();
      })
      .catch((e: unknown) => showFatalError('The story could not be loaded', e instanceof Error ? (e.stack ?? e.message) : String(e)));
  }

  override update(time: number): void {
    if (this.dancing && time >= this.dancing.until) this.endDance();
    if (this.awayDuringVote && this.voteEndsAt > 0 && document.visibilityState === 'visible' && document.hasFocus()) {
      this.awayDuringVote = false;
      this.voteEndsAt = time + STORY.voteSeconds * 1000;
    }
    if (this.awayDuringVote) return;
    if (this.beat?.kind === 'choice' && this.voteEndsAt > 0 && !this.voted) {
      const left = Math.ceil((this.voteEndsAt - time) / 1000);
      if (left <= 0) this.cast(this.story!.timeoutOption(this.beat), true);
      else this.timerText?.setText(this.timerLine(left));
    }
  }

  private timerLine(seconds: number): string {
    return `${seconds} s to decide. Then the group's majority decides. (The vote timer can be turned off in Settings.)`;
  }

  /** The next beat of the story (a line, the vote, or the end: the consequence). */
  private advance(): void {
    if (!this.story) return;
    this.beat = this.story.runner.next();
    this.voteEndsAt = 0;
    if (this.beat.kind === 'choice' && services().settings.get().voteTimer) this.voteEndsAt = this.time.now + STORY.voteSeconds * 1000;
    if (this.beat.kind === 'line' && this.beat.dance) this.dancing = { until: this.time.now + STORY.danceSeconds * 1000 };
    this.draw();
  }

  private cast(option: StoryOption, byTimer: boolean): void {
    if (!this.story || this.voted) return;
    this.story.runner.choose(option.index);
    this.voted = { option, byTimer };
    this.voteEndsAt = 0;
    this.advance();
  }

  private endDance(): void {
    this.dancing = null;
    this.danceTimer?.remove();
    this.danceTimer = null;
    this.draw();
  }

  private draw(): void {
    this.menu?.destroy();
    this.menu = null;
    this.timerText = null;
    this.tweens.killAll();
    destroyChildren(this);
    const { width, height } = this.scale;
    const beat = this.beat;
    const backdrop = beat?.kind === 'line' ? beat.backdrop : null;
    const artBottom = this.drawRoom(width, height, backdrop);
    const k = Math.max(0.8, Math.min(1.25, Math.min(width, height) / 560));
    const size = Math.round(17 * k);
    this.add
      .text(width / 2, 14, backdrop ? 'Before: lunch break, 12:40' : this.def!.heading, { fontFamily: FONT, fontSize: `${Math.round(size * 0.9)}px`, color: backdrop ? COLORS.text : COLORS.dim, fontStyle: 'bold', ...(backdrop ? { backgroundColor: '#12060acc', padding: { x: 8, y: 3 } } : {}) })
      .setOrigin(0.5, 0);

    if (!this.story || !beat) {
      this.add.text(width / 2, height / 2, '...', { fontFamily: FONT, fontSize: `${size * 2}px`, color: COLORS.text }).setOrigin(0.5);
      return;
    }
    if (this.dancing && beat.kind === 'line') {
      this.drawDance(width, height, size, beat);
      return;
    }
    if (beat.kind === 'end') {
      this.drawConsequence(width, height, size);
      return;
    }
    const speaker = beat.kind === 'line' ? beat.who : null;
    const stances = beat.kind === 'choice' && beat.vote ? beat.vote.stances : null;
    const portraitsBottom = backdrop ? artBottom : this.drawGroup(width, height, speaker, stances, size, beat.kind === 'line' ? beat.face : 'neutral');
    if (beat.kind === 'line') this.drawLine(width, height, size, beat, portraitsBottom);
    else this.drawVote(width, height, size, beat, portraitsBottom);
  }

  /** The room, or the illustration behind the lines; returns where the text may start (below the art on a tall screen). */
  private drawRoom(width: number, height: number, backdrop: string | null): number {
    if (backdrop && this.textures.exists(backdrop)) {
      this.add.rectangle(0, 0, width, height, 0x120e10).setOrigin(0);
      const img = this.add.image(width / 2, 0, backdrop).setOrigin(0.5, 0);
      if (height > width) {
        // Upright phone: the whole picture across the top, the text under it.
        img.setScale(width / img.width).setY(40);
        return 40 + img.displayHeight;
      }
      img.setScale(Math.max(width / img.width, height / img.height));
      return 34;
    }
    if (backdrop) {
      // The lunch flashback without its illustration: a warm, washed-out cafeteria in blocks.
      this.add.rectangle(0, 0, width, height, 0x6b5a45).setOrigin(0);
      this.add.rectangle(0, height * 0.55, width, height * 0.45, 0x8a7658).setOrigin(0);
      for (let i = 0; i < 4; i++) this.add.rectangle(width * (0.12 + i * 0.22), height * 0.62, width * 0.16, height * 0.05, 0xb59d78).setOrigin(0);
      this.add.rectangle(0, 0, width, height, 0xf0d8a8, 0.18).setOrigin(0);
      return 34;
    }
    this.add.rectangle(0, 0, width, height, 0x1a1320).setOrigin(0);
    // A music stave across the top: the room, in five lines.
    for (let i = 0; i < 5; i++) this.add.rectangle(0, 40 + i * 7, width, 1, 0x4a3a52).setOrigin(0);
    return 34;
  }

  /** Who is in the room (and the speaker, when they are outside it: Ji-an behind the door); returns the row's bottom. */
  private drawGroup(width: number, height: number, speaker: string | null, stances: { who: string; option: string }[] | null, size: number, face: StoryLine['face']): number {
    const ids = ['joon', ...withGroup(this.run)];
    if (speaker && !ids.includes(speaker)) ids.push(speaker);
    if (stances) for (const s of stances) if (!ids.includes(s.who)) ids.push(s.who);
    const top = 44;
    const cell = Math.min(width / ids.length, 120);
    const p = Math.min(cell * 0.82, height * 0.17, 104);
    const x0 = width / 2 - (cell * ids.length) / 2 + cell / 2;
    ids.forEach((id, i) => {
      const name = id === 'joon' ? 'Joon' : castName(id);
      const x = x0 + i * cell;
      const speaking = id === speaker;
      const inRoom = id === 'joon' || withGroup(this.run).includes(id);
      const portrait = drawPortrait(this, id, speaking ? face : 'neutral', x, top + p / 2, p, name);
      portrait.setAlpha(speaker && !speaking ? 0.45 : inRoom ? 1 : 0.7);
      if (speaking) portrait.setScale(1.06);
      this.add.text(x, top + p + 4, inRoom ? name : `${name} (outside)`, { fontFamily: FONT, fontSize: `${Math.round(size * 0.8)}px`, color: speaking ? COLORS.text : COLORS.dim, fontStyle: speaking ? 'bold' : 'normal', align: 'center', wordWrap: { width: cell - 4 } }).setOrigin(0.5, 0);
      if (stances) {
        const stance = stances.find((s) => s.who === id);
        const label = id === 'joon' ? 'You decide' : stance ? this.optionWord(stance.option) : 'No vote';
        this.add
          .text(x, top + p + 6 + size * 1.1, label, { fontFamily: FONT, fontSize: `${Math.round(size * 0.85)}px`, color: stance ? '#ffd7dc' : COLORS.dim, fontStyle: 'bold', align: 'center', backgroundColor: '#12060acc', padding: { x: 4, y: 2 }, wordWrap: { width: cell - 4 } })
          .setOrigin(0.5, 0);
      }
    });
    return top + p + 8 + size * (stances ? 2.6 : 1.3);
  }

  /** The words of a vote option as a stance ("Open", "Keep him"), from the vote's own choice text. */
  private optionWord(option: string): string {
    const beat = this.beat;
    const text = beat?.kind === 'choice' ? beat.options.find((o) => o.option === option)?.text : undefined;
    return text ?? option;
  }

  private panel(width: number, top: number, bottom: number): { x: number; w: number } {
    const w = Math.min(720, width * 0.94);
    const x = (width - w) / 2;
    this.add.rectangle(x, top, w, bottom - top, 0x0d0a10, 0.88).setOrigin(0).setStrokeStyle(1, 0x4a3a52);
    return { x, w };
  }

  private drawLine(width: number, height: number, size: number, beat: StoryLine, portraitsBottom: number): void {
    const buttonH = Math.round(48 * Math.max(0.9, size / 17));
    const w = Math.min(720, width * 0.94);
    const x = (width - w) / 2;
    // The text first, to size the panel to it: anchored at the bottom, never over the portraits.
    const name = beat.who ? this.add.text(0, 0, beat.who === 'joon' ? 'Joon' : castName(beat.who), { fontFamily: FONT, fontSize: `${Math.round(size * 1.05)}px`, color: '#ffd7dc', fontStyle: 'bold' }) : null;
    const style = { fontFamily: FONT, fontSize: `${size}px`, color: beat.who ? COLORS.text : '#d8cdd6', fontStyle: beat.who ? 'normal' : 'italic', lineSpacing: Math.round(size * 0.3), wordWrap: { width: w - 28 } };
    const text = this.add.text(0, 0, beat.who ? `\u201c${beat.text}\u201d` : beat.text, style);
    const room = height - 10 - (portraitsBottom + 8) - buttonH - 34 - (name ? name.height + 4 : 0);
    // Shrink a long line until it fits (a phone held upright).
    for (let s = size - 1; text.height > room && s >= 13; s--) text.setFontSize(s);
    const panelH = Math.max(height * 0.3, 12 + (name ? name.height + 4 : 0) + text.height + 16 + buttonH + 22);
    const top = Math.max(portraitsBottom + 8, height - 10 - panelH);
    this.add.rectangle(x, top, w, height - 10 - top, 0x0d0a10, 0.88).setOrigin(0).setStrokeStyle(1, 0x4a3a52);
    name?.setDepth(1);
    text.setDepth(1);
    // The speaker large in the room between the group and the text, where there is room for it.
    const free = top - portraitsBottom - 16;
    if (beat.who && free > 110 && !beat.backdrop) {
      const big = Math.min(free - 12, 230);
      drawPortrait(this, beat.who, beat.face, width / 2, portraitsBottom + 8 + free / 2, big, castName(beat.who));
    }
    let y = top + 12;
    if (name) {
      name.setPosition(x + 14, y);
      y += name.height + 4;
    }
    text.setPosition(x + 14, y);
    this.menu = new Menu(this, [{ label: 'Next', onSelect: () => this.advance() }], width / 2, height - 20 - buttonH / 2, Math.min(240, w * 0.6), buttonH);
  }

  private drawVote(width: number, height: number, size: number, beat: StoryChoice, portraitsBottom: number): void {
    const buttonH = Math.round(48 * Math.max(0.9, size / 17));
    const n = beat.options.length;
    const menuH = n * (buttonH + 10);
    const top = Math.max(portraitsBottom + 8, height - menuH - size * 7.5);
    const { x, w } = this.panel(width, top, height - 10);
    const question = beat.vote ? 'The vote. Everyone has said where they stand; your word decides.' : 'Your answer.';
    const q = this.add.text(x + 14, top + 10, question, { fontFamily: FONT, fontSize: `${size}px`, color: COLORS.text, fontStyle: 'bold', wordWrap: { width: w - 28 } });
    let y = q.y + q.height + 6;
    if (this.voteEndsAt > 0) {
      this.timerText = this.add.text(x + 14, y, this.timerLine(Math.ceil((this.voteEndsAt - this.time.now) / 1000)), { fontFamily: FONT, fontSize: `${Math.round(size * 0.85)}px`, color: COLORS.accent, wordWrap: { width: w - 28 } });
      y += this.timerText.height + 6;
    }
    const items: MenuItem[] = beat.options.map((o) => ({ label: o.text, onSelect: () => this.cast(o, false) }));
    const menuTop = Math.max(y + 8, height - 14 - menuH);
    this.menu = new Menu(this, items, width / 2, menuTop + buttonH / 2, Math.min(380, w * 0.9), buttonH, null, { ignoreInputMs: STORY.voteSettleMs });
  }

  private drawConsequence(width: number, height: number, size: number): void {
    const def = this.def!;
    const option = this.voted?.option ?? null;
    const lines = option?.option ? consequenceText(def.vote, option.option) : [];
    const buttonH = Math.round(50 * Math.max(0.9, size / 17));
    const { w } = this.panel(width, 44, height - 10);
    const texts: Phaser.GameObjects.Text[] = [];
    const add = (text: string, px: number, color: string, bold = false) => {
      texts.push(this.add.text(width / 2, 0, text, { fontFamily: FONT, fontSize: `${px}px`, color, fontStyle: bold ? 'bold' : 'normal', align: 'center', lineSpacing: Math.round(px * 0.3), wordWrap: { width: w - 32 } }).setOrigin(0.5, 0));
    };
    if (option) add(`The vote: ${option.text}${this.voted?.byTimer ? ' (time ran out; the majority decided)' : ''}`, Math.round(size * 1.2), COLORS.text, true);
    for (const l of lines) add(l, size, '#ffd7dc');
    const after = option?.option ? this.after(option.option) : this.run;
    add(groupLine(after), size, COLORS.dim);
    // Centred in the panel, the button under the words.
    const gap = size * 0.8;
    const total = texts.reduce((h, t) => h + t.height + gap, 0) + buttonH;
    let y = Math.max(60, 44 + (height - 54 - total) / 2);
    for (const t of texts) {
      t.setY(y);
      y += t.height + gap;
    }
    this.menu = new Menu(this, [{ label: 'Continue', onSelect: () => this.continue() }], width / 2, Math.min(height - 20 - buttonH / 2, y + buttonH / 2), Math.min(280, w * 0.8), buttonH, null, { ignoreInputMs: 400 });
  }

  private after(option: string): RunState {
    return finishInterlude(this.run, option).run;
  }

  /** The dance: the group on its feet to the safe-room song, a few seconds, Skip to go on. */
  private drawDance(width: number, height: number, size: number, beat: StoryLine): void {
    this.add.rectangle(0, 0, width, height, 0x2a1233, 0.85).setOrigin(0);
    const ids = ['joon', ...withGroup(this.run)];
    const cell = Math.min(width / ids.length, 130);
    const p = Math.min(cell * 0.8, height * 0.22, 110);
    const x0 = width / 2 - (cell * ids.length) / 2 + cell / 2;
    const baseY = height * 0.42;
    const sheet = this.textures.exists(DANCE_FRAMES.key);
    const dancers: { img: Phaser.GameObjects.Image; id: PortraitCastId }[] = [];
    ids.forEach((id, i) => {
      const name = id === 'joon' ? 'Joon' : castName(id);
      const cast = PORTRAIT_CAST.find((c) => c === id);
      if (sheet && cast) {
        // story-art's dance sheet: everyone through the same routine, one pose per beat.
        const img = this.add.image(x0 + i * cell, baseY, DANCE_FRAMES.key, danceFrame(cast, DANCE_POSES[0])).setScale(p / DANCE_FRAMES.size);
        dancers.push({ img, id: cast });
      } else {
        const fig = drawPortrait(this, id, 'smile', x0 + i * cell, baseY, p, name);
        // Everyone on the beat, each a little off it, the way people dance.
        this.tweens.add({ targets: fig, y: baseY - p * 0.18, angle: i % 2 === 0 ? 8 : -8, duration: 1000 / DANCE_FRAMES.fps / 2, yoyo: true, repeat: -1, ease: 'Sine.easeInOut', delay: i * 60 });
      }
      this.add.text(x0 + i * cell, baseY + p * 0.62, name, { fontFamily: FONT, fontSize: `${Math.round(size * 0.8)}px`, color: COLORS.text }).setOrigin(0.5, 0);
    });
    if (dancers.length > 0) {
      let beat = 0;
      this.danceTimer?.remove();
      this.danceTimer = this.time.addEvent({
        delay: 1000 / DANCE_FRAMES.fps,
        loop: true,
        callback: () => {
          beat++;
          const pose = DANCE_POSES[DANCE_FRAMES.order[beat % DANCE_FRAMES.order.length]!]!;
          for (const d of dancers) if (d.img.active) d.img.setFrame(danceFrame(d.id, pose));
        },
      });
    }
    const w = Math.min(640, width * 0.92);
    this.add
      .text(width / 2, height * 0.14, `♪ ${castName('tae-min')}'s song ♪`, { fontFamily: FONT, fontSize: `${Math.round(size * 1.3)}px`, color: '#ffd7dc', fontStyle: 'bold' })
      .setOrigin(0.5);
    this.add
      .text(width / 2, baseY + p * 0.62 + size * 2.2, `“${beat.text}”\nThe group dances, for once, to stay human.`, { fontFamily: FONT, fontSize: `${size}px`, color: COLORS.text, align: 'center', lineSpacing: Math.round(size * 0.3), wordWrap: { width: w } })
      .setOrigin(0.5, 0);
    const buttonH = Math.round(48 * Math.max(0.9, size / 17));
    this.menu = new Menu(this, [{ label: 'Skip the dance', onSelect: () => this.endDance() }], width / 2, height - 20 - buttonH / 2, Math.min(260, w * 0.7), buttonH);
  }

  /** Saves the run with the vote's consequence and goes on to the next step (the title when the story so far ends). */
  private continue(): void {
    const option = this.voted?.option.option;
    if (!option) {
      this.scene.start(SceneKey.Title);
      return;
    }
    const { run, ended } = finishInterlude(this.run, option);
    runStore().set(run);
    if (ended) this.scene.start(SceneKey.Title);
    else startStep(this, run);
  }
}
