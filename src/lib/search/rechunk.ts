/**
 * Re-chunking a Pagefind word index (issue 15 §2: the first query at most 120 kB).
 *
 * Pagefind 1.5 cuts its word index into chunks of about 20 000 word locations, but it counts only the locations
 * stored under a word's own key, not those under its diacritic variants. Japanese kana with dakuten (デ, グ, プ…)
 * are diacritic variants of their plain kana (テ, ク, フ…), so almost every katakana word counts as empty: the ja
 * index got one 51 kB chunk holding every katakana word, and any katakana query downloaded all of it. Pagefind has
 * no chunk-size option, so after it writes the index we cut the same words again, by their encoded size.
 *
 * The files are Pagefind's own: gzip of "pagefind_dcd" + CBOR. A chunk is `[[word, word, …]]` (each word an opaque
 * CBOR item, copied byte for byte); the language's meta file is an array whose third item lists the chunks as
 * `[from, to, hash]`, where from/to are the shortest prefixes that tell neighbouring chunks apart (as Pagefind
 * computes them). The browser loads, per query term, one chunk (from ≤ term ≤ to), and matches the words that
 * start with the term in it. So cuts go where neighbouring words share no leading character, where possible:
 * Japanese queries are segmented into short terms (particles such as の are one character), and a term whose
 * words were spread over two chunks would find only some of them.
 * Pure functions over bytes (no gzip, no files): src/integrations/pagefind.mjs does the reading and writing.
 */

export const SIGNATURE = 'pagefind_dcd';

const utf8 = new TextEncoder();
const fromUtf8 = new TextDecoder();

/** Major type, argument and the offset after the head of the CBOR item at `i`. */
function head(b: Uint8Array, i: number): { major: number; arg: number; indefinite: boolean; next: number } {
  const ib = b[i];
  const major = ib >> 5;
  const ai = ib & 31;
  if (ai < 24) return { major, arg: ai, indefinite: false, next: i + 1 };
  if (ai === 31) return { major, arg: 0, indefinite: true, next: i + 1 };
  const n = ai === 24 ? 1 : ai === 25 ? 2 : ai === 26 ? 4 : ai === 27 ? 8 : 0;
  if (!n) throw new Error(`CBOR: unsupported additional info ${ai} at ${i}`);
  let arg = 0;
  for (let k = 0; k < n; k++) arg = arg * 256 + b[i + 1 + k];
  return { major, arg, indefinite: false, next: i + 1 + n };
}

/** The offset just after the CBOR item that starts at `i`. */
export function itemEnd(b: Uint8Array, i: number): number {
  const h = head(b, i);
  if (h.indefinite) {
    let j = h.next;
    while (b[j] !== 0xff) j = itemEnd(b, j);
    return j + 1;
  }
  switch (h.major) {
    case 0:
    case 1:
    case 7:
      return h.next;
    case 2:
    case 3:
      return h.next + h.arg;
    case 4: {
      let j = h.next;
      for (let k = 0; k < h.arg; k++) j = itemEnd(b, j);
      return j;
    }
    case 5: {
      let j = h.next;
      for (let k = 0; k < 2 * h.arg; k++) j = itemEnd(b, j);
      return j;
    }
    case 6:
      return itemEnd(b, h.next);
  }
  throw new Error(`CBOR: unknown major type at ${i}`);
}

/** The items of the (definite or indefinite) array at `i`, as [start, end) offsets. */
export function arrayItems(b: Uint8Array, i: number): [number, number][] {
  const h = head(b, i);
  if (h.major !== 4) throw new Error(`CBOR: expected an array at ${i}`);
  const out: [number, number][] = [];
  let j = h.next;
  for (let k = 0; h.indefinite ? b[j] !== 0xff : k < h.arg; k++) {
    const end = itemEnd(b, j);
    out.push([j, end]);
    j = end;
  }
  return out;
}

/** The text string at `i`. */
export function readText(b: Uint8Array, i: number): string {
  const h = head(b, i);
  if (h.major !== 3) throw new Error(`CBOR: expected a text string at ${i}`);
  return fromUtf8.decode(b.subarray(h.next, h.next + h.arg));
}

function encodeHead(major: number, n: number): Uint8Array {
  const m = major << 5;
  if (n < 24) return Uint8Array.of(m | n);
  if (n < 0x100) return Uint8Array.of(m | 24, n);
  if (n < 0x10000) return Uint8Array.of(m | 25, n >> 8, n & 0xff);
  return Uint8Array.of(m | 26, (n >>> 24) & 0xff, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff);
}

const concat = (parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
};

export const encodeArray = (items: Uint8Array[]): Uint8Array => concat([encodeHead(4, items.length), ...items]);
export const encodeText = (s: string): Uint8Array => {
  const bytes = utf8.encode(s);
  return concat([encodeHead(3, bytes.length), bytes]);
};

const withSignature = (cbor: Uint8Array) => concat([utf8.encode(SIGNATURE), cbor]);
function withoutSignature(file: Uint8Array, what: string): Uint8Array {
  if (fromUtf8.decode(file.subarray(0, SIGNATURE.length)) !== SIGNATURE) throw new Error(`${what}: not a Pagefind file (no ${SIGNATURE} signature)`);
  return file.subarray(SIGNATURE.length);
}

/** One word of a chunk: its key (the first item of its array) and its encoded bytes. */
export interface IndexWord {
  key: string;
  bytes: Uint8Array;
}

/** The words of a decompressed chunk file, in their order. */
export function chunkWords(file: Uint8Array): IndexWord[] {
  const b = withoutSignature(file, 'index chunk');
  const [outer] = arrayItems(b, 0);
  if (!outer) throw new Error('index chunk: empty');
  return arrayItems(b, outer[0]).map(([s, e]) => ({ key: readText(b, arrayItems(b, s)[0][0]), bytes: b.subarray(s, e) }));
}

/** A decompressed chunk file holding `words`. */
export const chunkFile = (words: IndexWord[]): Uint8Array => withSignature(encodeArray([encodeArray(words.map((w) => w.bytes))]));

/** Characters two keys share at their start. */
export function commonPrefix(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n++;
  return n;
}

/**
 * Groups sorted words into chunks of at least `target` encoded bytes, cut where the neighbouring keys share as
 * little as possible: past `target` only between different first characters, past `oneChar` × `target` also
 * between keys sharing one character, and past `anywhere` × `target` (3 unless told) at the best place seen. A single word larger than
 * that is a chunk of its own. (`oneChar` 1 suits English, whose one-letter query terms are rare; Japanese queries
 * are often segmented into one-character terms (の, て, か), so the site uses 3 there: a first character's words
 * stay in one chunk up to 3 × `target`.) A cut between keys sharing two or more characters splits a prefix: a query
 * term then finds the words of the other chunk only if an earlier query happened to load it, so `anywhere` keeps such
 * cuts rare when `target` is small.
 */
export function splitWords(words: IndexWord[], target: number, oneChar = 2, anywhere = 3): IndexWord[][] {
  const out: IndexWord[][] = [];
  let start = 0;
  let size = 0;
  let best = -1;
  let bestShared = Infinity;
  for (let i = 0; i < words.length; i++) {
    size += words[i].bytes.length;
    if (size < target || i + 1 === words.length) continue;
    const shared = commonPrefix(words[i].key, words[i + 1].key);
    if (shared < bestShared) {
      best = i;
      bestShared = shared;
    }
    const allowed = size >= anywhere * target ? Infinity : size >= oneChar * target ? 1 : 0;
    if (bestShared <= allowed) {
      out.push(words.slice(start, best + 1));
      start = best + 1;
      size = words.slice(start, i + 1).reduce((n, w) => n + w.bytes.length, 0);
      best = -1;
      bestShared = Infinity;
    }
  }
  if (start < words.length) out.push(words.slice(start));
  return out;
}

/** Pagefind's chunk bounds: the shortest prefixes of the last key of one chunk and the first of the next that differ. */
export function chunkBounds(chunks: IndexWord[][]): { from: string; to: string }[] {
  const bounds = chunks.map((c) => ({ from: c[0].key, to: c[c.length - 1].key }));
  for (let i = 0; i + 1 < bounds.length; i++) {
    const a = [...bounds[i].to];
    const b = [...bounds[i + 1].from];
    const n = commonPrefix(bounds[i].to, bounds[i + 1].from);
    bounds[i].to = a.slice(0, n + 1).join('');
    bounds[i + 1].from = b.slice(0, n + 1).join('');
  }
  return bounds;
}

/** The chunk list of a decompressed meta file: `[from, to, hash]` per chunk. */
export function metaChunks(file: Uint8Array): { from: string; to: string; hash: string }[] {
  const b = withoutSignature(file, 'meta');
  const items = arrayItems(b, 0);
  if (items.length < 3) throw new Error('meta: fewer than three items');
  return arrayItems(b, items[2][0]).map(([s]) => {
    const [f, t, h] = arrayItems(b, s);
    return { from: readText(b, f[0]), to: readText(b, t[0]), hash: readText(b, h[0]) };
  });
}

/** The meta file with its chunk list replaced; every other item is kept byte for byte. */
export function replaceMetaChunks(file: Uint8Array, chunks: { from: string; to: string; hash: string }[]): Uint8Array {
  const b = withoutSignature(file, 'meta');
  const items = arrayItems(b, 0).map(([s, e]) => b.subarray(s, e));
  items[2] = encodeArray(chunks.map((c) => encodeArray([encodeText(c.from), encodeText(c.to), encodeText(c.hash)])));
  return withSignature(encodeArray(items));
}

/**
 * One language's index cut again: `meta` and `chunks` (hash → file) decompressed, as Pagefind wrote them; `hash`
 * names a chunk file from its bytes (the caller prefixes the language and avoids collisions). Returns the new meta
 * and chunk files; the words, their order and every other part of the meta are unchanged.
 */
export function rechunk(meta: Uint8Array, chunks: Map<string, Uint8Array>, target: number, hash: (file: Uint8Array) => string, oneChar = 2, anywhere = 3): { meta: Uint8Array; chunks: Map<string, Uint8Array> } {
  const words = metaChunks(meta).flatMap((c) => {
    const file = chunks.get(c.hash);
    if (!file) throw new Error(`meta names index chunk ${c.hash}, which is missing`);
    return chunkWords(file);
  });
  const groups = splitWords(words, target, oneChar, anywhere);
  const bounds = chunkBounds(groups);
  const out = new Map<string, Uint8Array>();
  const list = groups.map((g, i) => {
    const file = chunkFile(g);
    const h = hash(file);
    if (out.has(h)) throw new Error(`index chunk hash ${h} used twice`);
    out.set(h, file);
    return { ...bounds[i], hash: h };
  });
  return { meta: replaceMetaChunks(meta, list), chunks: out };
}
