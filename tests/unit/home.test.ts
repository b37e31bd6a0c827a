import { describe, expect, it } from 'vitest';
import { fromYaml, BASE } from './helpers.ts';
import { homeLinks, HOME_PATHS } from '../../src/lib/site/home.ts';
import { countsByKind } from '../../src/lib/atlas/getters.ts';

const { atlas } = fromYaml(BASE);

describe('home page', () => {
  it('offers three entry points, each with links in the language of the page', () => {
    const links = homeLinks(atlas, 'ja');
    expect(Object.keys(links)).toEqual([...HOME_PATHS]);
    for (const k of HOME_PATHS) {
      expect(links[k].length).toBeGreaterThan(2);
      for (const l of links[k]) expect(l.href).toMatch(/^\/ja\//), expect(!!l.key !== !!l.text).toBe(true);
    }
  });

  it('leaves out a link to a body the atlas does not hold', () => {
    expect(homeLinks(atlas, 'en').learn.map((l) => l.href)).toContain('/en/bodies/sc-27/');
    const { atlas: none } = fromYaml({ 'bodies/b.yaml': BASE['bodies/b.yaml'].replace(/\n- \{ id: sc-27,[^\n]*/, '').replace(/\n- \{ id: sc-27-wg-4,[^\n]*/, '') });
    expect(homeLinks(none, 'en').learn.map((l) => l.href)).not.toContain('/en/bodies/sc-27/');
    expect(homeLinks(none, 'en').learn).toHaveLength(3);
  });

  it('counts entities by kind in the order asked, leaving out empty kinds', () => {
    const counts = countsByKind(atlas, ['documents', 'schemes', 'bodies']);
    expect(counts.map((c) => c.kind)).toEqual(['documents', 'bodies']);
    expect(counts.find((c) => c.kind === 'bodies')!.count).toBe(5);
  });
});
