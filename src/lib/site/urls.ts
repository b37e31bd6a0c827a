/**
 * Where each entity lives. Paths here are site-relative (`/en/documents/iso-iec-27400/`);
 * `withBase()` adds the deployment base path (BASE_PATH, e.g. `/atlas/`).
 */
import type { Entity, EntityKind } from '../atlas/model.ts';
import type { Lang } from '../atlas/model.ts';

/** URL section of each kind of entity page. Model elements live on their model's page. */
export const SECTIONS: Record<Exclude<EntityKind, 'model-elements'>, string> = {
  bodies: 'bodies',
  documents: 'documents',
  controls: 'controls',
  requirements: 'requirements',
  'risk-sources': 'risk-sources',
  schemes: 'schemes',
  models: 'models',
  terms: 'glossary',
};

export function entityPath(e: Entity, lang: Lang): string {
  if (e.kind === 'model-elements') return `/${lang}/models/${e.data.model}/#${e.id}`;
  return `/${lang}/${SECTIONS[e.kind]}/${e.id}/`;
}

/** The same page in the other language: swaps the leading language segment of a site-relative path. */
export function twinPath(path: string, to: Lang): string {
  return path.replace(/^\/(ja|en)(?=\/|$)/, `/${to}`);
}

/** Prefixes a site-relative path with the base path (`/` or `/atlas/`). */
export function joinBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${b}${path.startsWith('/') ? path : `/${path}`}`;
}
