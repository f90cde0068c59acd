import { describe, expect, it } from 'vitest';
import { ChatLog, CHAT_LINES, phoneModel } from '../../src/ui/phoneModel';
import { createPhone, createBreath } from '../../src/sim/phone';
import { worldFromAscii } from '../helpers';

const MAP = `
#####
#P..#
#####`;

describe('the phone panel model', () => {
  it('shows the battery, the latest chat lines and the replies; none in a chapter without the phone', () => {
    const w = worldFromAscii(MAP);
    const log = new ChatLog();
    expect(phoneModel(w, log)).toBeNull();
    w.phone = createPhone(37.2);
    w.breath = createBreath();
    for (let k = 0; k < CHAT_LINES + 2; k++) log.push([{ type: 'beat', name: `chat_${k}`, caption: `line ${k}` }, { type: 'beat', name: 'sniff', caption: 'not chat' }]);
    log.push([{ type: 'phoneReplied', question: 'plan', choice: 1, text: 'GO' }]);
    w.phone.replies = ['A', 'B'];
    const m = phoneModel(w, log)!;
    expect(m.battery).toBe(38);
    expect(m.low).toBe(false);
    expect(m.chat).toEqual([`line ${CHAT_LINES}`, `line ${CHAT_LINES + 1}`, 'You: "GO"']);
    expect(m.replies).toEqual(['A', 'B']);
    expect(m.breathing).toBe(true);
  });

  it('dead, it shows nothing but that it is dead', () => {
    const w = worldFromAscii(MAP);
    w.phone = createPhone(0);
    const log = new ChatLog();
    log.push([{ type: 'beat', name: 'chat_x', caption: 'hello' }]);
    w.phone.replies = ['A'];
    expect(phoneModel(w, log)).toMatchObject({ dead: true, low: true, chat: [], replies: [] });
  });
});
