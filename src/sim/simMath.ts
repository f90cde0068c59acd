/**
 * Math for the sim that gives the same bits in every JavaScript engine.
 *
 * ECMAScript specifies + - * /, Math.sqrt, floor, round, abs, min, max, fround and
 * trunc exactly, but leaves Math.sin/cos/tan/atan2/hypot/acos/asin/exp/log/pow (and **)
 * "implementation-approximated": V8, SpiderMonkey and JavaScriptCore may differ in the
 * last bit, and one bit is enough for a replay recorded in one browser to drift in
 * another. So nothing in src/sim calls those (tests/sim/determinism.test.ts checks the
 * source); the few angles the sim needs come from here, built from exact operations only.
 *
 * Accuracy: within ~1e-15 of Math.* on the angles the sim uses (|a| up to ~1e6 for
 * sin/cos); tests/sim/simMath.test.ts checks it.
 */

/** Length of the vector (x, y): Math.hypot without its engine-dependent rounding. */
export function vecLength(x: number, y: number): number {
  return Math.sqrt(x * x + y * y);
}

// Cody-Waite range reduction: pi/2 split into a head with 32 significant bits (so k * head
// is exact for |k| < 2^21) and the rest (fdlibm's pio2_1 and pio2_1t).
const HALF_PI_HEAD = 1.5707963267341256;
const HALF_PI_TAIL = 6.077100506506192e-11;
const TWO_OVER_PI = 0.6366197723675814;
const HALF_PI = Math.PI / 2;

// Taylor coefficients 1/n! (each a correctly rounded division, so exact everywhere).
const S3 = -1 / 6;
const S5 = 1 / 120;
const S7 = -1 / 5040;
const S9 = 1 / 362880;
const S11 = -1 / 39916800;
const S13 = 1 / 6227020800;
const S15 = -1 / 1307674368000;
const C2 = -1 / 2;
const C4 = 1 / 24;
const C6 = -1 / 720;
const C8 = 1 / 40320;
const C10 = -1 / 3628800;
const C12 = 1 / 479001600;
const C14 = -1 / 87178291200;
const C16 = 1 / 20922789888000;

/** sin r for |r| <= pi/4 (the next term, r^17/17!, is below 5e-17). */
function sinNear(r: number): number {
  const r2 = r * r;
  return r + r * r2 * (S3 + r2 * (S5 + r2 * (S7 + r2 * (S9 + r2 * (S11 + r2 * (S13 + r2 * S15))))));
}

/** cos r for |r| <= pi/4 (the next term, r^18/18!, is below 3e-18). */
function cosNear(r: number): number {
  const r2 = r * r;
  return 1 + r2 * (C2 + r2 * (C4 + r2 * (C6 + r2 * (C8 + r2 * (C10 + r2 * (C12 + r2 * (C14 + r2 * C16)))))));
}

/** Sine of `a` radians, the same bits in every engine (NaN for a non-finite angle). */
export function simSin(a: number): number {
  // a = k * pi/2 + r with |r| <= pi/4; k & 3 is the quadrant (also for negative k).
  const k = Math.round(a * TWO_OVER_PI);
  const r = a - k * HALF_PI_HEAD - k * HALF_PI_TAIL;
  switch (k & 3) {
    case 0:
      return sinNear(r);
    case 1:
      return cosNear(r);
    case 2:
      return -sinNear(r);
    default:
      return -cosNear(r);
  }
}

/** Cosine of `a` radians, the same bits in every engine (NaN for a non-finite angle). */
export function simCos(a: number): number {
  const k = Math.round(a * TWO_OVER_PI);
  const r = a - k * HALF_PI_HEAD - k * HALF_PI_TAIL;
  switch (k & 3) {
    case 0:
      return cosNear(r);
    case 1:
      return -sinNear(r);
    case 2:
      return -cosNear(r);
    default:
      return sinNear(r);
  }
}

/** atan t for t in [0, 1]: three half-angle steps bring t below tan(pi/32), then the series. */
function atanUnit(t: number): number {
  // atan t = 2 atan(t / (1 + sqrt(1 + t^2)))
  let u = t / (1 + Math.sqrt(1 + t * t));
  u = u / (1 + Math.sqrt(1 + u * u));
  u = u / (1 + Math.sqrt(1 + u * u));
  const u2 = u * u;
  // Alternating series; the first term left out, u^17/17, is below 1e-18 for u < 0.0985.
  const s = u + u * u2 * (-1 / 3 + u2 * (1 / 5 + u2 * (-1 / 7 + u2 * (1 / 9 + u2 * (-1 / 11 + u2 * (1 / 13 + u2 * (-1 / 15)))))));
  return 8 * s;
}

/**
 * Angle of the vector (x, y) in [-pi, pi], like Math.atan2 for finite arguments, the same
 * bits in every engine. (0, 0) gives 0.
 */
export function simAtan2(y: number, x: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  const ax = Math.abs(x);
  const ay = Math.abs(y);
  if (ax === 0 && ay === 0) return 0;
  let a = ay <= ax ? atanUnit(ay / ax) : HALF_PI - atanUnit(ax / ay);
  if (x < 0) a = Math.PI - a;
  return y < 0 ? -a : a;
}
