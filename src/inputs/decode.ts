// Bytes → string: binary detection, BOMs, UTF-8 validation, legacy encodings.

import type * as Chardet from 'chardet';
import type Iconv from 'iconv-lite';
import { lazyModule } from '../lazy.js';

// Only files that are not UTF-8 need these.
const chardet = lazyModule<typeof Chardet>('chardet');
const iconv = lazyModule<typeof Iconv>('iconv-lite');

export type BinaryKind = 'png' | 'jpeg' | 'gif' | 'pdf' | 'zip' | 'gzip' | 'nul';

const MAGIC: Array<{ kind: BinaryKind; bytes: number[] }> = [
  { kind: 'png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { kind: 'jpeg', bytes: [0xff, 0xd8, 0xff] },
  { kind: 'gif', bytes: [0x47, 0x49, 0x46, 0x38] },
  { kind: 'pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { kind: 'zip', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { kind: 'zip', bytes: [0x50, 0x4b, 0x05, 0x06] },
  { kind: 'gzip', bytes: [0x1f, 0x8b] },
];

function startsWith(buf: Uint8Array, bytes: number[]): boolean {
  if (buf.length < bytes.length) return false;
  return bytes.every((b, i) => buf[i] === b);
}

function hasUtf16Bom(buf: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return 'utf-16le';
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return 'utf-16be';
  return null;
}

/** The kind of binary file `buf` is, or null when it looks like text. */
export function detectBinary(buf: Uint8Array): BinaryKind | null {
  if (hasUtf16Bom(buf)) return null;
  for (const m of MAGIC) if (startsWith(buf, m.bytes)) return m.kind;
  const n = Math.min(buf.length, 8192);
  for (let i = 0; i < n; i++) if (buf[i] === 0) return 'nul';
  return null;
}

export interface Decoded {
  text: string;
  /** Encoding used, lower case (utf-8, utf-16le, windows-1252 …). */
  encoding: string;
  /** True when the file was not in UTF-8/UTF-16 and was decoded from a legacy encoding. */
  legacy: boolean;
  /** Number of invalid byte sequences replaced by U+FFFD. */
  invalid: number;
}

/** Counts of valid multi-byte UTF-8 sequences and invalid bytes. */
function utf8Stats(buf: Uint8Array): { multibyte: number; invalid: number } {
  let multibyte = 0;
  let invalid = 0;
  let i = 0;
  const n = buf.length;
  while (i < n) {
    const b = buf[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need = 0;
    let min = 0;
    if (b >= 0xc2 && b <= 0xdf) (need = 1), (min = 0x80);
    else if (b >= 0xe0 && b <= 0xef) (need = 2), (min = 0x800);
    else if (b >= 0xf0 && b <= 0xf4) (need = 3), (min = 0x10000);
    else {
      invalid++;
      i++;
      continue;
    }
    let cp = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    let ok = true;
    for (let k = 1; k <= need; k++) {
      const c = buf[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) {
        ok = false;
        break;
      }
      cp = (cp << 6) | (c & 0x3f);
    }
    if (!ok || cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
      invalid++;
      i++;
      continue;
    }
    multibyte++;
    i += need + 1;
  }
  return { multibyte, invalid };
}

const SINGLE_BYTE_OK = /^(?:windows-125\d|iso-8859-\d+|koi8-[ru])$/i;
const MULTI_BYTE_OK = /^(?:shift_jis|euc-jp|euc-kr|gb18030|big5|iso-2022-jp)$/i;

/** Decode bytes to text: UTF-8 (BOM stripped), UTF-16 with BOM, or a detected legacy encoding. */
export function decodeBytes(buf: Uint8Array): Decoded {
  const bom16 = hasUtf16Bom(buf);
  if (bom16) {
    const body = buf.subarray(2);
    const even = body.length - (body.length % 2);
    const text = iconv().decode(Buffer.from(body.buffer, body.byteOffset, even), bom16, { stripBOM: true });
    const invalid = even !== body.length ? 1 : 0;
    return { text: invalid ? text + '\ufffd' : text, encoding: bom16, legacy: false, invalid };
  }
  let body = buf;
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) body = buf.subarray(3);
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
    return { text, encoding: 'utf-8', legacy: false, invalid: 0 };
  } catch {
    /* not valid UTF-8 */
  }
  const stats = utf8Stats(body);
  // Mostly UTF-8 with a few broken sequences: keep UTF-8 and replace them.
  if (body !== buf || stats.multibyte > 0) {
    const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(body);
    return { text, encoding: 'utf-8', legacy: false, invalid: stats.invalid };
  }
  let enc = 'windows-1252';
  // Western text is by far the most common case; another detected encoding must be confident.
  const best = chardet().analyse(body)[0];
  if (best) {
    const d = best.name.toLowerCase();
    if (d === 'iso-8859-1' || d === 'iso-8859-15' || d === 'windows-1252') enc = 'windows-1252';
    else if ((SINGLE_BYTE_OK.test(d) || MULTI_BYTE_OK.test(d)) && best.confidence >= 60) enc = d;
  }
  if (!iconv().encodingExists(enc)) enc = 'windows-1252';
  const text = iconv().decode(Buffer.from(body.buffer, body.byteOffset, body.byteLength), enc);
  return { text, encoding: enc, legacy: true, invalid: 0 };
}
