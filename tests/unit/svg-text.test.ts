import { describe, expect, it } from 'vitest';
import { textUnits, wrapText } from '../../src/lib/site/svg-text.ts';

describe('wrapText', () => {
  it('breaks English at spaces within the width', () => {
    expect(wrapText('Mutual connections between cyberspace and physical space', 30)).toEqual(['Mutual connections between', 'cyberspace and physical space']);
    expect(wrapText('short', 30)).toEqual(['short']);
    expect(wrapText('', 30)).toEqual([]);
  });

  it('breaks Japanese between characters, counting them double, but not inside Latin runs', () => {
    expect(textUnits('第1層')).toBe(5);
    const lines = wrapText('フィジカル空間とサイバー空間の間の転写の信頼性', 20);
    expect(lines).toEqual(['フィジカル空間とサイ', 'バー空間の間の転写の', '信頼性']);
    expect(lines.every((l) => textUnits(l) <= 20)).toBe(true);
    expect(wrapText('検討段階のISO/IEC TS 5689の図', 16)).toEqual(['検討段階の', 'ISO/IEC TS 5689', 'の図']);
  });

  it('keeps an over-long token on its own line', () => {
    expect(wrapText('a verylongtokenthatdoesnotfit b', 10)).toEqual(['a', 'verylongtokenthatdoesnotfit', 'b']);
  });
});
