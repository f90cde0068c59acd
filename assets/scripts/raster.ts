/**
 * A tiny RGBA raster for drawing pixel art in code: rectangles, ellipses, lines,
 * outlines and blits, then PNG output through pngjs. Deterministic (no clock, no
 * randomness unless a seeded `Rng` is passed in), so `npm run assets` is byte-identical.
 */
import { PNG } from 'pngjs';

export type Rgba = readonly [number, number, number, number];

/** '#rrggbb' or '#rrggbbaa' -> Rgba. */
export function hex(value: string): Rgba {
  const v = value.replace('#', '');
  const r = parseInt(v.slice(0, 2), 16);
  const g = parseInt(v.slice(2, 4), 16);
  const b = parseInt(v.slice(4, 6), 16);
  const a = v.length >= 8 ? parseInt(v.slice(6, 8), 16) : 255;
  return [r, g, b, a];
}

export function shade(c: Rgba, f: number): Rgba {
  const k = (x: number) => Math.max(0, Math.min(255, Math.round(f >= 0 ? x + (255 - x) * f : x * (1 + f))));
  return [k(c[0]), k(c[1]), k(c[2]), c[3]];
}

export function mix(a: Rgba, b: Rgba, t: number): Rgba {
  const m = (x: number, y: number) => Math.round(x + (y - x) * t);
  return [m(a[0], b[0]), m(a[1], b[1]), m(a[2], b[2]), m(a[3], b[3])];
}

export function withAlpha(c: Rgba, a: number): Rgba {
  return [c[0], c[1], c[2], Math.round(a)];
}

/** Mulberry32: the generators' only source of variation, always seeded. */
export class Rng {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0;
  }
  next(): number {
    let t = (this.s = (this.s + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  range(a: number, b: number): number {
    return a + (b - a) * this.next();
  }
}

export class Raster {
  readonly data: Uint8Array;
  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.data = new Uint8Array(width * height * 4);
  }

  get(x: number, y: number): Rgba {
    const i = (y * this.width + x) * 4;
    return [this.data[i]!, this.data[i + 1]!, this.data[i + 2]!, this.data[i + 3]!];
  }

  /** Alpha-blends `c` over the pixel (source-over). */
  px(x: number, y: number, c: Rgba): void {
    x = Math.floor(x);
    y = Math.floor(y);
    if (x < 0 || y < 0 || x >= this.width || y >= this.height || c[3] === 0) return;
    const i = (y * this.width + x) * 4;
    const d = this.data;
    if (c[3] === 255) {
      d[i] = c[0];
      d[i + 1] = c[1];
      d[i + 2] = c[2];
      d[i + 3] = 255;
      return;
    }
    const sa = c[3] / 255;
    const da = d[i + 3]! / 255;
    const oa = sa + da * (1 - sa);
    const blend = (s: number, dd: number) => Math.round((s * sa + dd * da * (1 - sa)) / oa);
    d[i] = blend(c[0], d[i]!);
    d[i + 1] = blend(c[1], d[i + 1]!);
    d[i + 2] = blend(c[2], d[i + 2]!);
    d[i + 3] = Math.round(oa * 255);
  }

  /** Overwrites the pixel, alpha included. */
  put(x: number, y: number, c: Rgba): void {
    if (x < 0 || y < 0 || x >= this.width || y >= this.height) return;
    const i = (y * this.width + x) * 4;
    this.data[i] = c[0];
    this.data[i + 1] = c[1];
    this.data[i + 2] = c[2];
    this.data[i + 3] = c[3];
  }

  rect(x: number, y: number, w: number, h: number, c: Rgba): void {
    for (let yy = Math.round(y); yy < Math.round(y + h); yy++) {
      for (let xx = Math.round(x); xx < Math.round(x + w); xx++) this.px(xx, yy, c);
    }
  }

  /** Filled ellipse centred at (cx, cy) with radii rx, ry (pixel centres sampled). */
  ellipse(cx: number, cy: number, rx: number, ry: number, c: Rgba): void {
    if (rx <= 0 || ry <= 0) return;
    for (let y = Math.floor(cy - ry); y <= Math.ceil(cy + ry); y++) {
      for (let x = Math.floor(cx - rx); x <= Math.ceil(cx + rx); x++) {
        const dx = (x + 0.5 - cx) / rx;
        const dy = (y + 0.5 - cy) / ry;
        if (dx * dx + dy * dy <= 1) this.px(x, y, c);
      }
    }
  }

  /** A soft radial blob: alpha falls off from the centre (for glows, shadows, smoke). */
  glow(cx: number, cy: number, r: number, c: Rgba, power = 1.5): void {
    for (let y = Math.floor(cy - r); y <= Math.ceil(cy + r); y++) {
      for (let x = Math.floor(cx - r); x <= Math.ceil(cx + r); x++) {
        const d = Math.hypot(x + 0.5 - cx, y + 0.5 - cy) / r;
        if (d < 1) this.px(x, y, withAlpha(c, c[3] * Math.pow(1 - d, power)));
      }
    }
  }

  /** A thick line from (x0,y0) to (x1,y1) made of discs. */
  line(x0: number, y0: number, x1: number, y1: number, c: Rgba, thickness = 1): void {
    const steps = Math.max(1, Math.ceil(Math.hypot(x1 - x0, y1 - y0) * 2));
    const r = thickness / 2;
    for (let i = 0; i <= steps; i++) {
      const t = i / steps;
      const x = x0 + (x1 - x0) * t;
      const y = y0 + (y1 - y0) * t;
      if (thickness <= 1) this.put(Math.floor(x), Math.floor(y), c);
      else this.ellipse(x, y, r, r, c);
    }
  }

  /** Hard 1px outline around every opaque pixel of the region (readability at phone size). */
  outline(x0: number, y0: number, w: number, h: number, c: Rgba, threshold = 128): void {
    const mark: number[] = [];
    for (let y = y0; y < y0 + h; y++) {
      for (let x = x0; x < x0 + w; x++) {
        if (this.alpha(x, y) >= threshold) continue;
        const n =
          (x > x0 && this.alpha(x - 1, y) >= threshold) ||
          (x < x0 + w - 1 && this.alpha(x + 1, y) >= threshold) ||
          (y > y0 && this.alpha(x, y - 1) >= threshold) ||
          (y < y0 + h - 1 && this.alpha(x, y + 1) >= threshold);
        if (n) mark.push(x, y);
      }
    }
    for (let i = 0; i < mark.length; i += 2) this.put(mark[i]!, mark[i + 1]!, c);
  }

  alpha(x: number, y: number): number {
    if (x < 0 || y < 0 || x >= this.width || y >= this.height) return 0;
    return this.data[(y * this.width + x) * 4 + 3]!;
  }

  /** Copies a region of `src` here (source-over), optionally mirrored horizontally. */
  blit(src: Raster, sx: number, sy: number, w: number, h: number, dx: number, dy: number, flipX = false): void {
    for (let y = 0; y < h; y++) {
      for (let x = 0; x < w; x++) {
        const c = src.get(sx + (flipX ? w - 1 - x : x), sy + y);
        this.px(dx + x, dy + y, c);
      }
    }
  }

  /** Copies the frame at (sx,sy,w,h) and repeats its edge pixels `pad` px outward (tile extrusion). */
  blitExtruded(src: Raster, sx: number, sy: number, w: number, h: number, dx: number, dy: number, pad: number): void {
    for (let y = -pad; y < h + pad; y++) {
      for (let x = -pad; x < w + pad; x++) {
        const cx = Math.max(0, Math.min(w - 1, x));
        const cy = Math.max(0, Math.min(h - 1, y));
        this.put(dx + x, dy + y, src.get(sx + cx, sy + cy));
      }
    }
  }

  toPng(): Buffer {
    const png = new PNG({ width: this.width, height: this.height });
    png.data = Buffer.from(this.data);
    return PNG.sync.write(png, { colorType: 6, deflateLevel: 9 });
  }
}
