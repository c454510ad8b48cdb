// Reads a call's JSON body with a size limit. Too large, not UTF-8, or not JSON are answered as
// typed `bad_input` before anything reaches a handler.
import type { IncomingMessage } from 'node:http';
import { hostMessages } from './messages';

/** Calls carry records and commands, never file bytes (those go through the vault). */
export const defaultBodyLimit = 1024 * 1024;

export type BodyResult =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly status: number; readonly message: string };

export function parseJsonBody(bytes: Uint8Array): BodyResult {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, status: 400, message: hostMessages.badJson };
  }
}

/**
 * Past the limit the rest of the body is read and dropped, so the browser gets the answer
 * instead of a reset connection; a sender that goes on far past it is cut off.
 */
export function readJsonBody(req: IncomingMessage, limit: number): Promise<BodyResult> {
  const tooLarge: BodyResult = { ok: false, status: 413, message: hostMessages.bodyTooLarge(limit) };
  const cutOff = limit * 16;
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (result: BodyResult): void => {
      if (settled) return;
      settled = true;
      resolve(result);
    };
    req.on('data', (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size <= limit) {
        chunks.push(chunk);
      } else if (size > cutOff) {
        req.destroy();
        settle(tooLarge);
      }
    });
    req.on('end', () => {
      settle(size > limit ? tooLarge : parseJsonBody(Buffer.concat(chunks)));
    });
    req.on('error', () => {
      settle({ ok: false, status: 400, message: hostMessages.badJson });
    });
  });
}
