import { describe, it, expect } from 'vitest';
import { qrSvg } from '../../src/lib/workshop/qr.ts';

describe('QR codes of card pages', () => {
  it('draws an SVG for an absolute URL, hidden from assistive technology (the URL is printed beside it)', async () => {
    const svg = await qrSvg('https://atlas.example.org/en/controls/iso-iec-27400-7-1-2-1/');
    expect(svg).toMatch(/^<svg aria-hidden="true" focusable="false" class="qr" xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 (\d+) \1"/);
    expect(svg).toContain('<path');
  });
  it('refuses a root-relative path', async () => {
    await expect(qrSvg('/en/controls/x/')).rejects.toThrow(/absolute URL/);
  });
});
