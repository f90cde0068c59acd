import * as Phaser from 'phaser';
import { FxFrame } from '../assets/frames';
import { TILE_SIZE } from '../assets/manifest';
import type { World } from '../sim/world';
import { FONT } from '../ui/theme';
import { nameTagRect, type ScreenRect } from '../ui/markerLabel';
import { ALLY_STATE, allyDrawing, nameTagAlpha, survivorsOf } from './allyLook';
import { makeRingTexture } from './hordeView';
import { castFrame } from './playerView';
import { ALLY_DEPTH, EYES_DEPTH } from './depths';

/** Depths: the player is 10; allies just under (the player reads on top in a huddle); the eyes above the darkness (14), as the infected's. */
const RING_DEPTH = 8.5;
const TAG_DEPTH = 13.6;
/** The eyes sit on the head (the sprite's origin is at the feet), the tag above it. */
const EYES_OFFSET_Y = -12;
/** The name tag's text in world px, and never smaller than this on screen (CSS px): a 360 px phone reads it. */
const TAG_FONT_PX = 10;
const TAG_MIN_SCREEN_PX = 13;
/** A grabbed ally struggles: this many px of shake, this often a second (the player's grab shakes the camera instead). */
const STRUGGLE_PX = 1.5;
const STRUGGLE_HZ = 18;
/** The grab's red (the HUD's grabs and the player's grab line), the bite's sick green. */
const GRAB_RED = 0xff5a6a;
const BITE_GREEN = 0x9ccf5a;

interface AllySprites {
  body: Phaser.GameObjects.Sprite;
  tag: Phaser.GameObjects.Text;
  eyes: Phaser.GameObjects.Image;
  ring: Phaser.GameObjects.Image;
  animTime: number;
  lastAnim: string;
  /** Where the name tag sat last frame (nameTagRect's place: 0 above the head). */
  tagPlace: number;
}

/**
 * Draws the player's allies (world.survivors, slots 1..) with their cast sheets, between
 * the last two sim states like the player, the animation by gait; a name tag over each on
 * their first appearance (it fades); a grabbed ally struggles over a red ring blinking as
 * the player's grab does on the HUD; a bitten one sways over a sick green ring (faster
 * once it is about to turn); Ji-an's eyes glow above the darkness. A turned ally is an
 * infected now, which the horde view draws. One set of objects per survivor slot (slots
 * are never reused), made when first needed; view only.
 */
export class AllyView {
  private readonly sprites: AllySprites[] = [];
  private readonly marks: Phaser.GameObjects.Graphics;
  /** Seconds since each cast id was first drawn (its name tag's age); kept across retries. */
  private readonly firstSeen = new Map<string, number>();
  private time = 0;
  private zoom = 0;
  highContrast = false;

  constructor(private readonly scene: Phaser.Scene) {
    this.marks = scene.add.graphics().setDepth(RING_DEPTH);
    makeRingTexture(scene, 'hcRingAlly', 0xd8f0ff);
  }

  /** Name tags on screen now (for the test API and the marker's label): who, how opaque, and the box in world px. */
  readonly tags: { name: string; alpha: number; box: ScreenRect }[] = [];

  /**
   * `plaques`: the room signs' boxes in world px; a name tag moves off them (or hides, boxed
   * in by signs). `drawnOver`: the captions and the HUD's boxes in world px, avoided where it can.
   */
  update(world: World, alpha: number, deltaSeconds = 1 / 60, zoom = 1, plaques: readonly ScreenRect[] = [], drawnOver: readonly ScreenRect[] = []): void {
    this.time += deltaSeconds;
    const s = survivorsOf(world);
    const count = s?.count ?? 0;
    this.marks.clear();
    this.tags.length = 0;
    const tagScale = Math.max(1, TAG_MIN_SCREEN_PX / (TAG_FONT_PX * (zoom || 1)));
    const rescale = zoom !== this.zoom;
    this.zoom = zoom;
    // Every body drawn (the player's too, world px): a tag moved off a sign keeps off them where it can.
    const bodies: (ScreenRect | null)[] = [];
    for (let k = 0; k < count; k++) {
      const shown = k === 0 || (s.state[k]! < ALLY_STATE.Turned && s.hidden[k] !== 1);
      const bx = s.x[k]! * TILE_SIZE;
      const by = s.y[k]! * TILE_SIZE;
      bodies.push(shown ? { left: bx - TILE_SIZE / 2, top: by - TILE_SIZE * 1.1, right: bx + TILE_SIZE / 2, bottom: by + TILE_SIZE * 0.4 } : null);
    }
    for (let k = 1; k < Math.max(count, this.sprites.length + 1); k++) {
      const d = s && k < count ? allyDrawing(world, s, k, alpha) : null;
      let a = this.sprites[k - 1];
      if (!d) {
        if (a) this.hide(a);
        continue;
      }
      if (!a) a = this.sprites[k - 1] = this.make();
      if (rescale || a.tag.text !== d.name) a.tag.setText(d.name).setScale(tagScale);
      const anim = d.anim;
      if (anim !== a.lastAnim) {
        a.lastAnim = anim;
        a.animTime = 0;
      }
      a.animTime += deltaSeconds * d.rate;
      let px = d.x * TILE_SIZE;
      const py = d.y * TILE_SIZE;
      if (d.grabbed) px += Math.sin(this.time * STRUGGLE_HZ * Math.PI * 2 + k) * STRUGGLE_PX;
      a.body.setVisible(true).setPosition(px, py).setFrame(castFrame(d.member, d.dir, anim, a.animTime));
      // A bite sways the body; more, and faster, once the turn is near.
      a.body.setRotation(d.bitten ? Math.sin(this.time * (d.turningSoon ? 5 : 1.6) + k) * (d.turningSoon ? 0.14 : 0.07) : 0);
      a.ring.setVisible(this.highContrast).setPosition(px, py + 6);
      if (d.grabbed) {
        const on = Math.floor(this.time * 6) % 2 === 0;
        this.marks.lineStyle(3, on ? GRAB_RED : 0xffffff, 0.95).strokeEllipse(px, py + 6, 30, 14);
      } else if (d.bitten) {
        const pulse = 0.55 + 0.4 * Math.sin(this.time * (d.turningSoon ? 8 : 2.5));
        this.marks.lineStyle(2.5, BITE_GREEN, pulse).strokeEllipse(px, py + 6, 28, 13);
        // The bite itself: a dark red mark on the arm, on the side facing the camera.
        this.marks.fillStyle(0x8a1020, 0.95).fillRect(px + (d.dir === 1 ? -7 : 4), py - 8, 3, 3);
      }
      const glow = d.eyesGlow || (d.turningSoon && Math.floor(this.time * 3) % 2 === 0);
      a.eyes.setVisible(glow).setPosition(d.x * TILE_SIZE, py + EYES_OFFSET_Y);
      if (glow) a.eyes.setAlpha(0.75 + 0.25 * Math.sin(this.time * 5 + k));
      const born = this.firstSeen.get(d.castId);
      if (born === undefined) this.firstSeen.set(d.castId, this.time);
      const tagAlpha = nameTagAlpha(this.time - (born ?? this.time));
      // Off a room sign it would cover: the sign is what the objective line told the player to find.
      const placed = tagAlpha > 0 ? nameTagRect({ x: px, y: py }, { width: a.tag.displayWidth, height: a.tag.displayHeight }, plaques, a.tagPlace, [...drawnOver, ...bodies.filter((b, j): b is ScreenRect => b !== null && j !== k)]) : null;
      a.tag.setVisible(placed !== null).setAlpha(tagAlpha);
      if (placed) {
        a.tagPlace = placed.place;
        a.tag.setPosition(placed.rect.left, placed.rect.top);
        this.tags.push({ name: d.name, alpha: tagAlpha, box: placed.rect });
      }
    }
  }

  /** Sprites made so far (one set per ally slot seen). */
  get poolSize(): number {
    return this.sprites.length;
  }

  private make(): AllySprites {
    const sc = this.scene;
    return {
      body: sc.add.sprite(0, 0, 'cast', 0).setDepth(ALLY_DEPTH).setOrigin(0.5, 0.72),
      tag: sc.add
        .text(0, 0, '', { fontFamily: FONT, fontSize: `${TAG_FONT_PX}px`, color: '#ffffff', backgroundColor: '#10131acc', padding: { x: 3, y: 1 }, fontStyle: 'bold' })
        .setOrigin(0, 0)
        .setDepth(TAG_DEPTH),
      eyes: sc.add.image(0, 0, 'fx', FxFrame.EyeGlow).setDepth(EYES_DEPTH).setScale(0.7).setVisible(false),
      ring: sc.add.image(0, 0, 'hcRingAlly').setDepth(RING_DEPTH).setVisible(false),
      animTime: 0,
      lastAnim: '',
      tagPlace: 0,
    };
  }

  private hide(a: AllySprites): void {
    a.body.setVisible(false);
    a.tag.setVisible(false);
    a.eyes.setVisible(false);
    a.ring.setVisible(false);
  }

  destroy(): void {
    for (const a of this.sprites) {
      a.body.destroy();
      a.tag.destroy();
      a.eyes.destroy();
      a.ring.destroy();
    }
    this.sprites.length = 0;
    this.marks.destroy();
  }
}
