// Names of the entries in a packet. Nothing is ever written to disk under these names (the vault
// names files by hash), but a name that tries to leave the packet says the archive was made to
// attack whoever unpacks it, so such a packet is refused outright rather than "sanitised".
import { quote } from './problems';

export type NameVerdict = { readonly ok: true } | { readonly ok: false; readonly reason: string };

function hasControlCharacter(s: string): boolean {
  for (let i = 0; i < s.length; i += 1) {
    const code = s.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}
const DRIVE = /^[A-Za-z]:/;

/** Checks a path inside a packet ('/'-separated; a trailing '/' marks a folder entry). */
export function checkEntryName(name: string): NameVerdict {
  const bad = (reason: string): NameVerdict => ({ ok: false, reason: `Nama ${quote(name)} ${reason}` });
  if (name.length === 0) return bad('kosong.');
  if (hasControlCharacter(name)) return bad('mengandung karakter kontrol.');
  if (name.includes('\\')) return bad('memakai garis miring terbalik (\\); di Windows itu bisa menunjuk ke luar folder paket.');
  if (DRIVE.test(name)) return bad('diawali huruf drive (mis. C:), yaitu jalur mutlak ke luar paket.');
  if (name.startsWith('/')) return bad('adalah jalur mutlak (diawali /) ke luar paket.');
  const segments = (name.endsWith('/') ? name.slice(0, -1) : name).split('/');
  if (segments.includes('..')) return bad('memakai ".." untuk keluar dari folder paket.');
  if (segments.some((s) => s === '' || s === '.')) return bad('mengandung bagian jalur kosong atau ".".');
  if (segments.some((s) => s.length > 255)) return bad('terlalu panjang.');
  return { ok: true };
}

/**
 * A document's file name in the manifest: one plain name, no folders. Characters a file system
 * would reinterpret (`:` for alternate data streams, `< > " | ? *`) are not allowed either.
 */
export function checkDocumentFileName(name: string): NameVerdict {
  const verdict = checkEntryName(name);
  if (!verdict.ok) return verdict;
  if (name.includes('/')) return { ok: false, reason: `Nama berkas ${quote(name)} tidak boleh memuat folder; letakkan berkas di samping manifest.json.` };
  if (/[:<>"|?*]/.test(name)) return { ok: false, reason: `Nama berkas ${quote(name)} memuat karakter yang tidak diizinkan (: < > " | ? *).` };
  if (name.startsWith('.')) return { ok: false, reason: `Nama berkas ${quote(name)} tidak boleh diawali titik (berkas tersembunyi).` };
  return { ok: true };
}

/**
 * Two names that one file system would treat as the same file: equal after Unicode
 * normalisation and case folding ("Izin.pdf" and "izin.pdf" on Windows or macOS).
 */
export const collisionKey = (name: string): string => name.normalize('NFC').toLowerCase();

/** Files that operating systems add to folders and archives on their own; ignored with a remark. */
export function isSystemClutter(name: string): boolean {
  const base = name.split('/').pop() ?? name;
  return name.startsWith('__MACOSX/') || ['.DS_Store', 'Thumbs.db', 'desktop.ini'].includes(base) || base.startsWith('._');
}
