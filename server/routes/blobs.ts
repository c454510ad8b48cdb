import { blobHeaders, type blobRoutes } from '../../common/contract/http';
import type { Session } from '../auth/sessions';
import type { ServerContext } from '../context';
import { badRequest, HttpFailure, notFound } from '../http/failure';
import type { RouteHandlers } from '../http/register';

const messages = {
  offsetMismatch: (offset: number) => `Server sudah menerima ${offset} byte; lanjutkan unggahan dari posisi itu.`,
  busy: 'Berkas ini sedang diunggah oleh permintaan lain; coba lagi sebentar lagi.',
  tooLarge: (max: number) => `Berkas terlalu besar (maksimal ${Math.floor(max / 1024 / 1024)} MB).`,
  tooLong: 'Isi yang dikirim melebihi Upload-Length.',
  hashMismatch: 'Isi berkas tidak cocok dengan SHA-256 yang disebutkan; unggah ulang dari awal.',
  offsetBeyondLength: 'Upload-Offset melebihi Upload-Length.',
} as const;

/** Whether the caller may read a blob: staff always; a verifier when it belongs to their application. */
async function mayRead(ctx: ServerContext, session: Session, sha256: string): Promise<boolean> {
  if (session.user.role !== 'verifier') return true;
  const { rows } = await ctx.db.query(
    'SELECT 1 FROM blob_refs r JOIN applications a ON a.id = r.application_id WHERE r.sha256 = $1 AND a.assigned_to = $2 LIMIT 1',
    [sha256, Number(session.user.id)],
  );
  return rows.length > 0;
}

export function blobHandlers(ctx: ServerContext): RouteHandlers<typeof blobRoutes> {
  return {
    async blobStatus({ params }) {
      const state = await ctx.blobs.state(params.sha256);
      const headers = { [blobHeaders.offset]: String(state.offset), 'cache-control': 'no-store' };
      return state.complete ? { status: 200, headers: { ...headers, 'content-length': String(state.offset) } } : { status: 404, headers };
    },

    async uploadBlob({ params, headers, body, session }) {
      const offset = headers[blobHeaders.offset];
      const length = headers[blobHeaders.length];
      if (length > ctx.maxBlobBytes) throw new HttpFailure(413, 'blob_too_large', messages.tooLarge(ctx.maxBlobBytes));
      if (offset > length) throw badRequest(messages.offsetBeyondLength);
      const { sha256 } = params;
      const result = await ctx.blobs.append(sha256, offset, length, body, Number(session.user.id));
      const status = (at: number, complete: boolean) => ({ sha256, offset: at, complete });
      const at = (n: number) => ({ [blobHeaders.offset]: String(n) });
      switch (result.kind) {
        case 'already_stored':
          return { status: 200, headers: at(result.size), body: status(result.size, true) };
        case 'stored':
          return { status: 201, headers: at(result.size), body: status(result.size, true) };
        case 'progress':
        case 'interrupted':
          return { status: 202, headers: at(result.offset), body: status(result.offset, false) };
        case 'offset_mismatch':
          throw new HttpFailure(409, 'upload_offset_mismatch', messages.offsetMismatch(result.offset), { offset: result.offset }, at(result.offset));
        case 'busy': {
          const now = await ctx.blobs.state(sha256);
          throw new HttpFailure(409, 'upload_busy', messages.busy, { offset: now.offset }, { ...at(now.offset), 'retry-after': '2' });
        }
        case 'too_long':
          throw badRequest(messages.tooLong);
        case 'hash_mismatch':
          throw new HttpFailure(422, 'hash_mismatch', messages.hashMismatch, {}, at(0));
      }
    },

    async downloadBlob({ params, session }) {
      const state = await ctx.blobs.state(params.sha256);
      if (!state.complete || !(await mayRead(ctx, session, params.sha256))) throw notFound();
      return { status: 200, stream: ctx.blobs.read(params.sha256), length: state.offset, headers: { 'cache-control': 'private, max-age=31536000, immutable' } };
    },
  };
}
