/**
 * Zod schemas for every kind of entity in `content/`.
 *
 * Each YAML file under `content/<kind>/` holds a list of entities of that kind. The kind comes from the folder;
 * every entity has a globally unique `id`. Cross-references are plain IDs here and are checked by `validate.ts`
 * (kind of the target, existence, duplicates), because Zod alone cannot see other files.
 */
import { Body } from './schema/bodies.ts';
import { Document } from './schema/documents.ts';
import { Control, Requirement, RiskSource } from './schema/catalogues.ts';
import { Scheme } from './schema/schemes.ts';
import { Model, Term } from './schema/models-terms.ts';
import { Mapping } from './schema/mappings.ts';

export * from './schema/common.ts';
export * from './schema/bodies.ts';
export * from './schema/documents.ts';
export * from './schema/catalogues.ts';
export * from './schema/schemes.ts';
export * from './schema/models-terms.ts';
export * from './schema/mappings.ts';
export * from './schema/search.ts';

export const SCHEMAS = {
  bodies: Body,
  documents: Document,
  controls: Control,
  requirements: Requirement,
  'risk-sources': RiskSource,
  schemes: Scheme,
  models: Model,
  terms: Term,
  mappings: Mapping,
} as const;
export type Kind = keyof typeof SCHEMAS;
export const KINDS = Object.keys(SCHEMAS) as Kind[];
