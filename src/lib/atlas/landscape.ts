/**
 * The landscape outline: bodies nested by `parent`, each with its documents grouped by topic and their parts.
 */
import { all, childBodies, documentsOfCommittee, partsOf, compareDocuments, incoming, getOf, type Atlas } from './getters.ts';
import type { EntityOf } from '../atlas/model.ts';
import { TOPICS } from '../content/schema.ts';

export interface DocNode {
  doc: EntityOf<'documents'>;
  parts: EntityOf<'documents'>[];
}
export interface BodyNode {
  body: EntityOf<'bodies'>;
  children: BodyNode[];
  topics: { topic: (typeof TOPICS)[number]; docs: DocNode[] }[];
}

function node(atlas: Atlas, body: EntityOf<'bodies'>, seen: Set<string>): BodyNode {
  seen.add(body.id);
  const children = childBodies(atlas, body.id)
    .filter((c) => !seen.has(c.id))
    .map((c) => node(atlas, c, seen));
  // A national standards body shows the national standards it publishes (JISC → the JIS that adopt ISO/IEC documents).
  const published = body.data.type === 'national-body' ? incoming(atlas, body.id, 'published-by').flatMap((r) => getOf(atlas, 'documents', r.from) ?? []) : [];
  const docs = [...documentsOfCommittee(atlas, body.id), ...published].sort(compareDocuments);
  const topics = TOPICS.map((topic) => ({
    topic,
    docs: docs.filter((d) => d.data.topic === topic).map((doc) => ({ doc, parts: partsOf(atlas, doc.id) })),
  })).filter((g) => g.docs.length);
  return { body, children, topics };
}

/**
 * Top-level trees: bodies that have no parent. A joint committee with several parents (JTC 1 under ISO and IEC)
 * is shown once, as the root of its own tree, and its parents are returned as `jointParents`.
 */
export function landscapeTree(atlas: Atlas): { joint: { parents: EntityOf<'bodies'>[]; tree: BodyNode }[]; others: BodyNode[] } {
  const bodies = all(atlas, 'bodies');
  const seen = new Set<string>();
  const joint = bodies
    .filter((b) => (b.data.parents?.length ?? 0) > 1)
    .map((b) => ({
      parents: b.data.parents!.map((p) => bodies.find((x) => x.id === p)).filter((x): x is EntityOf<'bodies'> => !!x),
      tree: node(atlas, b, seen),
    }));
  joint.forEach((j) => j.parents.forEach((p) => seen.add(p.id)));
  const others = bodies.filter((b) => !b.data.parent && !b.data.parents?.length && !seen.has(b.id)).map((b) => node(atlas, b, seen));
  return { joint, others };
}
