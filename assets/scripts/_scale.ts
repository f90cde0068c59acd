import { PNG } from 'pngjs';
import { readFileSync, writeFileSync } from 'node:fs';
const [, , inp, outp, k, x0, y0, w0, h0] = process.argv;
const src = PNG.sync.read(readFileSync(inp!));
const s = Number(k);
const sx = Number(x0 ?? 0), sy = Number(y0 ?? 0);
const w = Number(w0 ?? src.width), h = Number(h0 ?? src.height);
const out = new PNG({ width: w * s, height: h * s });
for (let y = 0; y < h * s; y++) for (let x = 0; x < w * s; x++) {
  const i = ((sy + Math.floor(y / s)) * src.width + sx + Math.floor(x / s)) * 4;
  const o = (y * w * s + x) * 4;
  const a = src.data[i + 3]! / 255;
  const bg = ((x >> 4) + (y >> 4)) % 2 ? 200 : 230;
  for (let c = 0; c < 3; c++) out.data[o + c] = Math.round(src.data[i + c]! * a + bg * (1 - a));
  out.data[o + 3] = 255;
}
writeFileSync(outp!, PNG.sync.write(out));
