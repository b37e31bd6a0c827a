import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** One page per template, in both languages. */
const TEMPLATES = ['/', 'home', 'schemes/', 'schemes/jc-star/', 'schemes/compare/', 'schemes/recognition/', 'requirements/', 'crosswalk/iso-iec-27402/', 'landscape/', 'documents/', 'documents/iso-iec-27400/', 'documents/iso-iec-27033-1/', 'bodies/sc-27/', 'controls/iso-iec-27400-7-1-2-10/', 'requirements/iso-iec-27402-5-2-7/', 'risk-sources/iso-iec-27400-rs-common-a/', 'about/', 'concepts/', 'glossary/', 'glossary/term-cybersecurity/', 'cps/', 'models/iso-iec-27103-functions/', 'articles/', 'articles/who-takes-part/', 'timeline/', 'controls/', 'crosswalk/', 'risk-sources/', 'search/', 'documents/jp-iot-security-guidelines-v1/'];
const pages = TEMPLATES.flatMap((p) => (p === '/' ? ['/'] : ['ja', 'en'].map((l) => `/${l}/${p === 'home' ? '' : p}`)));

for (const scheme of ['light', 'dark'] as const) {
  for (const path of pages) {
    test(`axe: no WCAG 2.2 A/AA violations on ${path} (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      const res = await page.goto(path);
      expect(res?.status()).toBe(200);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
    });
  }
}
