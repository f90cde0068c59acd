import { parseReplay, serializeReplay, type ParseResult, type Replay } from '../replay/format';
import { showNotice } from './notice';

/** `last-period-<chapter>-<yyyy-mm-dd-hhmm>.lpreplay.json`, in the player's local time. */
export function replayFileName(chapterId: string, at: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  const date = `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}-${two(at.getHours())}${two(at.getMinutes())}`;
  return `last-period-${chapterId}-${date}.lpreplay.json`;
}

/** Saves the replay as a file: a Blob behind a temporary <a download>. Returns the file name. */
export function downloadReplay(replay: Replay, at: Date = new Date()): string {
  const name = replayFileName(replay.chapterId, at);
  const url = URL.createObjectURL(new Blob([serializeReplay(replay)], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // The browser has taken the file once click() returns; the URL can go a little later.
  window.setTimeout(() => URL.revokeObjectURL(url), 5000);
  return name;
}

/** "Download replay" (pause menu and end screen): the run so far, saved as a file, and a notice saying so. */
export function saveReplay(replay: () => Replay | null): void {
  const r = replay();
  if (r) showNotice(`Replay saved: ${downloadReplay(r)}. Watch it from the title screen.`, 5000);
}

/**
 * A hidden <input type=file> for "Watch a replay": `open()` shows the browser's file picker
 * (call it from a key press or a tap); the chosen file is read and parsed, and a replay
 * this version can play goes to `onReplay`, while a refused one shows its message in a
 * notice. Remove it with `destroy()` when the scene that owns it shuts down.
 */
export class ReplayFilePicker {
  readonly input: HTMLInputElement;

  constructor(onReplay: (replay: Replay) => void) {
    const onRead = (result: ParseResult): void => {
      if (result.ok) onReplay(result.replay);
      else showNotice(result.message);
    };
    const input = document.createElement('input');
    input.type = 'file';
    input.id = 'replay-file';
    input.accept = '.json,.lpreplay.json,application/json';
    input.hidden = true;
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      input.value = ''; // the same file can be picked again
      if (!file) return;
      file.text().then(
        (text) => onRead(parseReplay(text)),
        () => onRead({ ok: false, message: `The file "${file.name}" could not be read.` }),
      );
    });
    document.body.appendChild(input);
    this.input = input;
  }

  open(): void {
    this.input.click();
  }

  destroy(): void {
    this.input.remove();
  }
}
