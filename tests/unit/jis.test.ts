/** The JIS ↔ ISO/IEC bridge in the real content: every JIS adopts an atlas document, and both ends show it. */
import { describe, it, expect } from 'vitest';
import { resolve } from 'node:path';
import { loadAtlas } from '../../src/lib/atlas/site-atlas.ts';
import { all, incoming, outgoing } from '../../src/lib/atlas/getters.ts';
import { landscapeTree, type BodyNode } from '../../src/lib/atlas/landscape.ts';
import { keyFacts } from '../../src/lib/atlas/facts.ts';

const atlas = loadAtlas(resolve('content'));
const jis = all(atlas, 'documents').filter((d) => d.data.type === 'JIS');

describe('JIS ↔ ISO/IEC', () => {
  it('each JIS adopts an atlas document, names the edition, and is published by JISC', () => {
    expect(jis.length).toBeGreaterThanOrEqual(7);
    for (const d of jis) {
      expect(d.data.publisher).toBe('jisc');
      expect(d.data.adopts?.length).toBeGreaterThan(0);
      for (const a of d.data.adopts!) {
        expect(atlas.entities.get(a.document)?.kind).toBe('documents');
        expect(a.edition).toMatch(/^ISO(\/IEC)? \d/);
        expect(a.source.partial).toBe(true); // only secondary sources so far
      }
      expect(outgoing(atlas, d.id, 'adopts').length).toBe(d.data.adopts!.length);
    }
  });

  it('shows the adoption on both ends', () => {
    expect(incoming(atlas, 'iso-iec-27001', 'adopts').map((r) => r.from)).toEqual(['jis-q-27001']);
    const iso = keyFacts(atlas, atlas.entities.get('iso-iec-27001')!, 'en').find((r) => r.label === 'Adopted in Japan as');
    expect(iso?.values).toEqual([{ text: 'JIS Q 27001:2023', href: '/en/documents/jis-q-27001/' }]);
    const j = keyFacts(atlas, atlas.entities.get('jis-q-27017')!, 'ja').find((r) => r.label === '対応国際規格');
    expect(j?.values).toEqual([{ text: 'ISO/IEC 27017:2015 — 一致(IDT) (部分的な出典)', href: '/ja/documents/iso-iec-27017/' }]);
  });

  it('lists the JIS under JISC in the landscape', () => {
    const { others } = landscapeTree(atlas);
    const find = (nodes: BodyNode[]): BodyNode | undefined => nodes.map((n) => (n.body.id === 'jisc' ? n : find(n.children))).find(Boolean);
    const jisc = find(others);
    expect(jisc?.topics.flatMap((t) => t.docs.map((d) => d.doc.id)).sort()).toEqual(jis.map((d) => d.id).sort());
  });
});
