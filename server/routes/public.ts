import type { publicRoutes } from '../../common/contract/http';
import { CalendarError, currentCalendar, replaceCalendar } from '../calendar/store';
import type { ServerContext } from '../context';
import { signedRecommendationBlob, signedRecommendations, verification } from '../documents/queries';
import { HttpFailure, notFound } from '../http/failure';
import type { RouteHandlers } from '../http/register';

export function publicHandlers(ctx: ServerContext): RouteHandlers<typeof publicRoutes> {
  return {
    async health() {
      await ctx.db.query('SELECT 1');
      return { status: 200, body: { status: 'ok' as const } };
    },
    async calendar() {
      return { status: 200, body: await currentCalendar(ctx.db) };
    },
    async replaceCalendar({ body, session }) {
      try {
        await replaceCalendar(ctx.db, body, session.user.id, ctx.clock());
      } catch (error) {
        if (error instanceof CalendarError) throw new HttpFailure(409, error.code, error.message);
        throw error;
      }
      return { status: 200, body: await currentCalendar(ctx.db) };
    },
    async verify({ params }) {
      const found = await verification(ctx.db, params.reference);
      if (found === undefined) throw notFound('Dokumen tidak dikenal atau belum ditandatangani.');
      return { status: 200, body: found };
    },
    async recommendations({ query }) {
      return { status: 200, body: { recommendations: await signedRecommendations(ctx.db, query.after) } };
    },
    async recommendationPdf({ params }) {
      const sha256 = await signedRecommendationBlob(ctx.db, params.documentId);
      if (sha256 === undefined) throw notFound('Surat rekomendasi tidak dikenal atau belum ditandatangani.');
      const state = await ctx.blobs.state(sha256);
      return {
        status: 200,
        stream: ctx.blobs.read(sha256),
        length: state.offset,
        contentType: 'application/pdf',
        headers: { 'content-disposition': `attachment; filename="rekomendasi-${params.documentId}.pdf"` },
      };
    },
  };
}
