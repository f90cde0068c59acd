import type { Page } from '@playwright/test';
import { PathBot, type BotView } from '../src/bots/pathBot';
import type { LevelData } from '../src/sim/level';
import { emptyIntent } from '../src/sim/intent';

/**
 * Plays the real game with the path bot through real key presses: every ~50 ms it reads
 * the state from window.__LP__, asks the bot for an Intent and holds or releases the
 * matching keys. Returns when the chapter ends (or the time runs out).
 */
export async function playWithBot(page: Page, level: LevelData, options: { run: 'always' | 'never'; maxMs: number }): Promise<string> {
  const bot = new PathBot(level, { run: options.run });
  const intent = emptyIntent();
  const held = new Set<string>();
  const setKey = async (code: string, down: boolean) => {
    if (down && !held.has(code)) {
      held.add(code);
      await page.keyboard.down(code);
    } else if (!down && held.has(code)) {
      held.delete(code);
      await page.keyboard.up(code);
    }
  };
  const deadline = Date.now() + options.maxMs;
  let scene = '';
  while (Date.now() < deadline) {
    const snap = await page.evaluate(() => ({ scene: window.__LP__!.scene(), state: window.__LP__!.state() }));
    scene = snap.scene ?? '';
    if (!snap.state || scene !== snap.state.levelId.replace(/^./, (c) => c.toUpperCase())) break;
    const doors = (snap.state.doors as { x: number; y: number; open: boolean }[]).filter((d) => !d.open);
    const closed = new Set(doors.map((d) => d.y * level.width + d.x));
    const view: BotView = { x: snap.state.player.x, y: snap.state.player.y, closedDoorAt: (c) => closed.has(c) };
    bot.decide(view, intent);
    await setKey('KeyD', intent.moveX > 0.38);
    await setKey('KeyA', intent.moveX < -0.38);
    await setKey('KeyS', intent.moveY > 0.38);
    await setKey('KeyW', intent.moveY < -0.38);
    await setKey('ShiftLeft', intent.run);
    await setKey('KeyE', intent.interact);
    await page.waitForTimeout(40);
  }
  for (const code of [...held]) await setKey(code, false);
  return scene;
}
