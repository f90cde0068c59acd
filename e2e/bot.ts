import type { Page } from '@playwright/test';
import { IntentKeys, walkClock, type WalkBudget } from './helpers';
import { PathBot, keyWaypoints, type BotView } from '../src/bots/pathBot';
import type { LevelData } from '../src/sim/level';
import { emptyIntent } from '../src/sim/intent';

/**
 * Plays the real game with the path bot through real key presses: every ~50 ms it reads
 * the state from window.__LP__, asks the bot for an Intent and holds or releases the
 * matching keys. Returns the scene on top when the chapter ends, or 'Chapter' when the
 * budget runs out first (`gameSeconds`: game time, so a slow machine does not spend it).
 */
export async function playWithBot(
  page: Page,
  level: LevelData,
  options: WalkBudget & { run: 'always' | 'never'; waypoints?: { x: number; y: number }[]; onDecide?: () => Promise<void>; stopAt?: (x: number, y: number) => boolean },
): Promise<string> {
  // The keys first (the stairwell back door is chained until the bolt cutters are taken).
  const bot = new PathBot(level, { run: options.run, waypoints: options.waypoints ?? keyWaypoints(level) });
  const intent = emptyIntent();
  const keys = new IntentKeys(page);
  const clock = walkClock(options);
  let scene = '';
  try {
    for (;;) {
      // Only what the bot reads comes back (the whole snapshot takes ~3x as long to ship).
      const snap = await page.evaluate(() => {
        const s = window.__LP__!.state();
        return { scene: window.__LP__!.scene(), state: s && { tick: s.tick, x: s.player.x, y: s.player.y, closed: (s['doors'] as { x: number; y: number; open: boolean }[]).filter((d) => !d.open).map((d) => [d.x, d.y] as const) } };
      });
      scene = snap.scene ?? '';
      if (!snap.state || scene !== 'Chapter') break;
      if (options.stopAt?.(snap.state.x, snap.state.y)) break;
      if (clock.over(snap.state.tick)) {
        console.log(`playWithBot: the budget ran out after ${clock.gameSeconds().toFixed(1)} s of game time, the player at (${snap.state.x.toFixed(1)}, ${snap.state.y.toFixed(1)})`);
        break;
      }
      const closed = new Set(snap.state.closed.map(([x, y]) => y * level.width + x));
      const view: BotView = { x: snap.state.x, y: snap.state.y, closedDoorAt: (c) => closed.has(c) };
      bot.decide(view, intent);
      await keys.apply(intent);
      await options.onDecide?.();
      await page.waitForTimeout(40);
    }
  } finally {
    await keys.releaseAll(); // a throwing net must not leave keys held for the next step
  }
  return scene;
}
