/**
 * FNV-1a (32-bit) over the exact bytes of numbers: two worlds hash equal only when
 * every hashed number is bit-for-bit equal. Used by golden replays and determinism
 * tests; not cryptographic.
 */
const scratch = new DataView(new ArrayBuffer(8));

export class Hasher {
  private h = 0x811c9dc5;

  byte(b: number): this {
    this.h ^= b & 0xff;
    this.h = Math.imul(this.h, 0x01000193);
    return this;
  }

  number(n: number): this {
    scratch.setFloat64(0, n);
    for (let i = 0; i < 8; i++) this.byte(scratch.getUint8(i));
    return this;
  }

  bool(b: boolean): this {
    return this.byte(b ? 1 : 0);
  }

  string(s: string): this {
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      this.byte(c).byte(c >>> 8);
    }
    return this;
  }

  /** Hashes the first `count` entries of a typed array (all of it by default). */
  array(a: ArrayLike<number>, count: number = a.length): this {
    for (let i = 0; i < count; i++) this.number(a[i]!);
    return this;
  }

  digest(): string {
    return (this.h >>> 0).toString(16).padStart(8, '0');
  }
}
