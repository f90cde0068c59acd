import { TICK_RATE } from '../sim/tuning';

/** m:ss from sim ticks. */
export function formatTicks(ticks: number): string {
  const seconds = Math.max(0, Math.floor(ticks / TICK_RATE));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
