import { describe, expect, it } from 'vitest';
import { UpdateGate } from '../../src/ui/updateGate';

function setup() {
  const log: string[] = [];
  let press: (() => void) | null = null;
  const gate = new UpdateGate(
    { show: (onReload) => { press = onReload; log.push('show'); }, hide: () => { press = null; log.push('hide'); } },
    { activateWaiting: () => log.push('activate'), reload: () => log.push('reload') },
  );
  return { gate, log, shown: () => press !== null, press: () => press?.() };
}

describe('the "a new version is ready" prompt', () => {
  it('waits for the title: a version that arrives mid-chapter shows only when the player is back on the title', () => {
    const t = setup();
    t.gate.updateReady();
    expect(t.shown()).toBe(false);
    t.gate.titleShown(true);
    expect(t.shown()).toBe(true);
  });

  it('leaves when a chapter starts from the title and comes back with the title', () => {
    const t = setup();
    t.gate.titleShown(true);
    t.gate.updateReady();
    t.gate.titleShown(false);
    expect(t.shown()).toBe(false);
    t.gate.titleShown(true);
    expect(t.shown()).toBe(true);
  });

  it('reloads only after the player pressed Reload, once the new version controls the page', () => {
    const t = setup();
    t.gate.titleShown(true);
    t.gate.updateReady();
    expect(t.log).not.toContain('reload');
    t.press();
    expect(t.log).toContain('activate');
    expect(t.log).not.toContain('reload');
    t.gate.onControlling();
    expect(t.log.at(-1)).toBe('reload');
  });

  it('does not reload a chapter when another tab installed the new version: it asks on the title', () => {
    const t = setup();
    t.gate.updateReady();
    t.gate.onControlling(); // another tab pressed Reload while this one plays a chapter
    expect(t.log).not.toContain('reload');
    t.gate.titleShown(true);
    t.press();
    expect(t.log).toContain('reload'); // the worker is already in control: no waiting one to activate
    expect(t.log).not.toContain('activate');
  });
});

describe('the prompt after Reload was pressed', () => {
  it('does not reload if a chapter started before the new version took over: it asks again on the title', () => {
    const t = setup();
    t.gate.titleShown(true);
    t.gate.updateReady();
    t.press();
    t.gate.titleShown(false); // the player started a chapter at once
    t.gate.onControlling();
    expect(t.log).not.toContain('reload');
    t.gate.titleShown(true);
    expect(t.shown()).toBe(true);
    t.press();
    expect(t.log.at(-1)).toBe('reload');
  });
});
