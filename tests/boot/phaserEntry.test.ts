/**
 * The game's Phaser entry (src/boot/phaser.cjs) names only what the game uses. Anything it
 * leaves out still type-checks (tsc reads Phaser's full declarations) but is missing in the
 * browser: `this.add.circle` "is not a function", `this.time` undefined. So this loads the
 * entry in Node, as the build does (the same feature switches from vite.config.ts, a
 * stand-in DOM for Phaser's device checks), records what registers itself, and holds every
 * use in src/ (types stripped, so only values count) to it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformWithOxc } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import viteConfig from '../../vite.config';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PHASER_SRC = join(ROOT, 'node_modules/phaser/src/');

interface Registered {
  factories: Set<string>;
  creators: Set<string>;
  fileTypes: Set<string>;
  /** Scene property names of the scene plugins that registered (time, tweens, input, ...). */
  scenePlugins: Set<string>;
  inputPlugins: Set<string>;
}

type Loader = { _resolveFilename: (req: string, ...rest: unknown[]) => string; _extensions: Record<string, (m: { _compile(code: string, file: string): void }, file: string) => void> };
const M = Module as unknown as Loader;
const saved = { resolve: M._resolveFilename, js: M._extensions['.js'], globals: {} as Record<string, PropertyDescriptor | undefined> };
const STUBBED = ['window', 'document', 'Image', 'navigator', 'HTMLCanvasElement', 'HTMLVideoElement'];

let Phaser: Record<string, unknown>;
let core: Registered;
let withTilemaps: { creators: Set<string> };

function snapshot(r: Registered): Registered {
  return { factories: new Set(r.factories), creators: new Set(r.creators), fileTypes: new Set(r.fileTypes), scenePlugins: new Set(r.scenePlugins), inputPlugins: new Set(r.inputPlugins) };
}

beforeAll(() => {
  // Phaser's sources branch on `typeof FEATURE_SOUND` and co.; the build replaces them.
  const define = viteConfig.define as Record<string, string>;
  const switches = Object.entries(define).filter(([k]) => k.startsWith('typeof '));
  expect(switches.length).toBeGreaterThan(0);
  M._resolveFilename = function (req: string, ...rest: unknown[]) {
    return saved.resolve.call(this, req.startsWith('phaser/src/') ? PHASER_SRC + req.slice('phaser/src/'.length) : req, ...rest);
  };
  M._extensions['.js'] = (module, file) => {
    let code = readFileSync(file, 'utf8');
    if (file.includes(`${'/'}phaser${'/'}src${'/'}`)) for (const [k, v] of switches) code = code.split(k).join(v);
    module._compile(code, file);
  };
  // Enough of a browser for what Phaser's modules touch as they load (device checks).
  const any: unknown = new Proxy(function () {}, {
    get: (_t, k) => (k === Symbol.toPrimitive ? () => 0 : k === 'prototype' ? {} : any),
    set: () => true,
    apply: () => any,
    construct: () => any as object,
    has: () => false,
  });
  for (const g of STUBBED) saved.globals[g] = Object.getOwnPropertyDescriptor(globalThis, g);
  const stubs: Record<string, unknown> = { window: globalThis, document: any, Image: any, HTMLCanvasElement: any, HTMLVideoElement: undefined, navigator: { userAgent: 'node', maxTouchPoints: 0 } };
  for (const g of STUBBED) Object.defineProperty(globalThis, g, { value: stubs[g], configurable: true, writable: true });

  const req = createRequire(join(ROOT, 'package.json'));
  const at = (p: string) => req(PHASER_SRC + p) as { register: (...a: unknown[]) => unknown };
  const reg: Registered = { factories: new Set(), creators: new Set(), fileTypes: new Set(), scenePlugins: new Set(), inputPlugins: new Set() };
  const record = (target: { register: (...a: unknown[]) => unknown }, onCall: (args: unknown[]) => void) => {
    const original = target.register;
    target.register = function (...args: unknown[]) {
      onCall(args);
      return original.apply(this, args);
    };
  };
  // The plugin caches first: the factory and creator register themselves with them as they load.
  record(at('plugins/PluginCache.js'), (a) => a[2] && reg.scenePlugins.add(String(a[2])));
  record(at('input/InputPluginCache.js'), (a) => a[2] && reg.inputPlugins.add(String(a[2])));
  record(at('loader/FileTypesManager.js'), (a) => reg.fileTypes.add(String(a[0])));
  record(at('gameobjects/GameObjectFactory.js'), (a) => reg.factories.add(String(a[0])));
  record(at('gameobjects/GameObjectCreator.js'), (a) => reg.creators.add(String(a[0])));

  Phaser = req(join(ROOT, 'src/boot/phaser.cjs')) as Record<string, unknown>;
  // A plugin registers under its mapping; the scene property is InjectionMap's name for it (displayList -> children).
  const injection = req(`${PHASER_SRC}scene/InjectionMap.js`) as Record<string, string>;
  reg.scenePlugins = new Set([...reg.scenePlugins].map((m) => injection[m] ?? m));
  core = snapshot(reg);
  req(join(ROOT, 'src/boot/phaserTilemaps.cjs'));
  withTilemaps = { creators: new Set(reg.creators) };
});

afterAll(() => {
  M._resolveFilename = saved.resolve;
  M._extensions['.js'] = saved.js;
  for (const g of STUBBED) {
    const d = saved.globals[g];
    if (d) Object.defineProperty(globalThis, g, d);
    else delete (globalThis as Record<string, unknown>)[g];
  }
});

/** Every .ts file under src/, types stripped (what ships), by path. */
async function gameSources(): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const walk = async (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')) {
        const { code } = await transformWithOxc(readFileSync(p, 'utf8'), p, { lang: 'ts' });
        out.set(relative(ROOT, p), code);
      }
    }
  };
  await walk(join(ROOT, 'src'));
  return out;
}

/** `name` of each match of `pattern` (group 1) in the sources, with the files using it. */
function uses(sources: Map<string, string>, pattern: RegExp, only: (file: string, code: string) => boolean = () => true): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const [file, code] of sources) {
    if (!only(file, code)) continue;
    for (const m of code.matchAll(pattern)) found.set(m[1], [...new Set([...(found.get(m[1]) ?? []), file])]);
  }
  return found;
}

const missing = (used: Map<string, string[]>, have: Set<string>) => [...used].filter(([n]) => !have.has(n)).map(([n, files]) => `${n} (${files.join(', ')})`);

describe("the game's Phaser entry", () => {
  it('registers every game object the game adds with scene.add', async () => {
    const used = uses(await gameSources(), /\badd\.(\w+)\(/g);
    expect(used.size).toBeGreaterThan(5);
    expect(missing(used, core.factories)).toEqual([]);
  });

  it('registers every object made with scene.make; the tilemap only with ?mapDraw=tiles (phaserTilemaps.cjs), in the map view', async () => {
    const used = uses(await gameSources(), /\bmake\.(\w+)\(/g);
    expect(used.get('tilemap')).toEqual(['src/view/levelView.ts']);
    used.delete('tilemap');
    expect(missing(used, core.creators)).toEqual([]);
    expect(core.creators.has('tilemap')).toBe(false);
    expect(withTilemaps.creators.has('tilemap')).toBe(true);
  });

  it('registers every loader file type the game asks for', async () => {
    const methods = new Set<string>();
    for (let p: object | null = (Phaser.Loader as { LoaderPlugin: { prototype: object } }).LoaderPlugin.prototype; p; p = Object.getPrototypeOf(p)) {
      for (const name of Object.getOwnPropertyNames(p)) methods.add(name);
    }
    const used = uses(await gameSources(), /\bload\.(\w+)\(/g);
    expect(missing(used, new Set([...core.fileTypes, ...methods]))).toEqual([]);
  });

  it("installs every scene system a scene uses (the clock, tweens, input, keyboard, cameras, the loader)", async () => {
    const sources = await gameSources();
    // Phaser's scene properties (scene/InjectionMap.js) other than the game-wide ones, which
    // every game has (no `sound`: Howler plays everything and FEATURE_SOUND is off).
    const perScene = ['cameras', 'add', 'make', 'children', 'lights', 'data', 'input', 'load', 'time', 'tweens', 'physics', 'matter', 'sound', 'events'];
    const pattern = new RegExp(`\\b(?:scene|this)\\.(${perScene.join('|')})\\b`, 'g');
    const inScenes = uses(sources, pattern, (_f, code) => /extends Phaser\.Scene\b/.test(code));
    const viaScene = uses(sources, new RegExp(`\\bscene\\.(${perScene.join('|')})\\b`, 'g'));
    const used = new Map([...inScenes, ...viaScene]);
    expect(used.has('time')).toBe(true);
    expect(missing(used, core.scenePlugins)).toEqual([]);
    expect(core.scenePlugins.has('sound')).toBe(false);
    if ([...sources.values()].some((c) => /\binput\.keyboard\b/.test(c))) expect(core.inputPlugins.has('keyboard')).toBe(true);
  });

  it('has every Phaser.X value the game names (classes it extends or builds, events, constants)', async () => {
    const used = uses(await gameSources(), /\bPhaser\.([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)/g);
    expect(used.has('Scene')).toBe(true);
    const absent = [...used].filter(([path]) => {
      let v: unknown = Phaser;
      for (const part of path.split('.')) v = v == null ? undefined : (v as Record<string, unknown>)[part];
      return v === undefined;
    });
    expect(absent.map(([p, files]) => `Phaser.${p} (${files.join(', ')})`)).toEqual([]);
  });
});
