// PDF syntax written as text, for the dozen objects a signature adds. Building them as pdf-lib
// objects and serialising those cost several milliseconds on the first signature of a process
// (cold code paths for a few hundred bytes); a template string costs next to nothing.

/** A text string as PDF writes Unicode: UTF-16BE with its byte-order mark, in hex. */
export function hexText(text: string): string {
  const utf16be = Buffer.from(`\ufeff${text}`, 'utf16le').swap16();
  return `<${utf16be.toString('hex').toUpperCase()}>`;
}

const two = (n: number): string => String(n).padStart(2, '0');

/** A date string (PDF 32000-1 §7.9.4) in UTC: `(D:YYYYMMDDHHmmSSZ)`. */
export function pdfDate(at: Date): string {
  const day = `${String(at.getUTCFullYear()).padStart(4, '0')}${two(at.getUTCMonth() + 1)}${two(at.getUTCDate())}`;
  return `(D:${day}${two(at.getUTCHours())}${two(at.getUTCMinutes())}${two(at.getUTCSeconds())}Z)`;
}

/** `n g R` */
export const reference = (objectNumber: number, generation = 0): string => `${String(objectNumber)} ${String(generation)} R`;

/** A number as PDF writes it: never in exponent form, at most four decimals. */
export const pdfNumber = (n: number): string => String(Number(n.toFixed(4)));
