/**
 * Set-theory relations of NIST IR 8477 (STRM) between catalogue items, read in a direction, and their composition
 * along a path. Pure. DESIGN.md §4: equal is neutral; subset ∘ subset = subset; superset ∘ superset = superset;
 * anything else that still connects is at most `intersects-with`; `not-related-to` ends a path.
 * `no-counterpart` (an item → a catalogue document) is a decision, not a hop: it never enters a path.
 */

/** The relations a path can carry, in the order of how much they claim (strongest first). */
export const STRM_RELATIONS = ['equal', 'subset-of', 'superset-of', 'intersects-with', 'not-related-to'] as const;
export type StrmRelation = (typeof STRM_RELATIONS)[number];

export const isStrm = (type: string): type is StrmRelation => (STRM_RELATIONS as readonly string[]).includes(type);

/** The same relation read from the other end: x subset-of y ⇔ y superset-of x; the others are symmetric. */
export function invert(r: StrmRelation): StrmRelation {
  return r === 'subset-of' ? 'superset-of' : r === 'superset-of' ? 'subset-of' : r;
}

/**
 * The relation of x to z given x r1 y and y r2 z, or `undefined` when the path stops (`not-related-to` on a hop).
 * `intersects-with` in the result means "at most intersects": the path no longer proves containment.
 */
export function compose(r1: StrmRelation, r2: StrmRelation): StrmRelation | undefined {
  if (r1 === 'not-related-to' || r2 === 'not-related-to') return undefined;
  if (r1 === 'equal') return r2;
  if (r2 === 'equal') return r1;
  if (r1 === r2 && r1 !== 'intersects-with') return r1;
  return 'intersects-with';
}

/** Composes a whole path; `undefined` if any hop stops it. An empty path is `equal`. */
export function composePath(rs: StrmRelation[]): StrmRelation | undefined {
  let acc: StrmRelation | undefined = 'equal';
  for (const r of rs) {
    if (!acc) return undefined;
    acc = compose(acc, r);
  }
  return acc;
}

/**
 * How much of the item x (the one to be covered) the relation "x r y" shows y to cover: `full` when everything x asks
 * is inside y (equal, subset-of), `partial` when only some of it may be (superset-of, intersects-with), `none` otherwise.
 */
export function coverageOf(r: StrmRelation): 'full' | 'partial' | 'none' {
  if (r === 'equal' || r === 'subset-of') return 'full';
  if (r === 'superset-of' || r === 'intersects-with') return 'partial';
  return 'none';
}

/** Strength order, for picking the strongest of several relations (equal first, not-related last). */
export const relationRank = (r: StrmRelation) => STRM_RELATIONS.indexOf(r);
