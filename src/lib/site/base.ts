/** Astro-side helpers that need the build's base path. */
import { joinBase } from './urls.ts';

export const BASE = import.meta.env.BASE_URL as string;
export const withBase = (path: string) => joinBase(BASE, path);
/** Strips the base path from a pathname (`/atlas/en/` → `/en/`). */
export const withoutBase = (pathname: string) => {
  const b = BASE.endsWith('/') ? BASE.slice(0, -1) : BASE;
  return b && pathname.startsWith(b) ? pathname.slice(b.length) || '/' : pathname;
};
