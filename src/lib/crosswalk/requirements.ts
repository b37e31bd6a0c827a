/**
 * Requirement catalogues (ETSI EN 303 645, NIST IR 8259A/B, JC-STAR ★1, UK PSTI, ISO/IEC 27402, the Japanese
 * guideline key points …): their items grouped by document and nested by `parent`, and which catalogues have
 * a crosswalk. Pure.
 */
import { all, getOf, incoming, isMapping, outgoing, treeOf, type Atlas, type TreeNode } from '../atlas/getters.ts';
import type { EntityOf } from '../atlas/model.ts';

export type RequirementNode = TreeNode<EntityOf<'requirements'>>;
export interface Catalogue {
  document: EntityOf<'documents'>;
  /** Top-level items, each with its children, in content order. */
  roots: RequirementNode[];
  /** Number of items in the catalogue. */
  count: number;
}

/** Every document that defines requirements, in order of its first item in the content, with its items as a tree. */
export function requirementCatalogues(atlas: Atlas): Catalogue[] {
  const byDoc = new Map<string, EntityOf<'requirements'>[]>();
  for (const r of all(atlas, 'requirements')) (byDoc.get(r.data.document) ?? byDoc.set(r.data.document, []).get(r.data.document)!).push(r);
  const out: Catalogue[] = [];
  for (const [docId, items] of byDoc) {
    const document = getOf(atlas, 'documents', docId);
    if (!document) continue;
    const roots = treeOf(atlas, items);
    out.push({ document, roots, count: items.length });
  }
  return out;
}

/** True when an item of the document takes part in a cross-framework mapping, so that a crosswalk has columns. */
export function hasCrosswalk(atlas: Atlas, documentId: string): boolean {
  const items = [...all(atlas, 'requirements'), ...all(atlas, 'controls')].filter((e) => e.data.document === documentId);
  return items.some((e) => outgoing(atlas, e.id).some((r) => isMapping(r.type)) || incoming(atlas, e.id).some((r) => isMapping(r.type)));
}

/** The requirement catalogues that get a crosswalk page of their own (ISO/IEC 27400 has `/crosswalk/`). */
export function crosswalkCatalogues(atlas: Atlas): EntityOf<'documents'>[] {
  return requirementCatalogues(atlas)
    .map((c) => c.document)
    .filter((d) => hasCrosswalk(atlas, d.id));
}
