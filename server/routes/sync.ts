import type { syncRoutes } from '../../common/contract/http';
import type { Actor } from '../../common/sync';
import { auditTrail, listApplications, readApplication } from '../applications/queries';
import type { Session } from '../auth/sessions';
import type { ServerContext } from '../context';
import { HttpFailure, httpMessages, notFound } from '../http/failure';
import type { RouteHandlers } from '../http/register';
import { viewerOf } from './auth';

const actorOf = (session: Session): Actor => ({ ...viewerOf(session), displayName: session.user.displayName });

export function syncHandlers(ctx: ServerContext): RouteHandlers<typeof syncRoutes> {
  return {
    async push({ body, session }) {
      const result = await ctx.sync.push(actorOf(session), body.clientId, body.operations, ctx.clock());
      if (result.kind === 'id_reused') {
        throw new HttpFailure(409, 'operation_id_reused', httpMessages.idReused, { operationIds: result.operationIds });
      }
      return { status: 200, body: { answers: [...result.answers] } };
    },
    async pull({ query, session }) {
      return { status: 200, body: await ctx.sync.pull(viewerOf(session), query.after, query.limit) };
    },
    async applications({ session }) {
      return { status: 200, body: { applications: await listApplications(ctx.db, viewerOf(session)) } };
    },
    async application({ params, session }) {
      const found = await readApplication(ctx.db, ctx.sync.cache, viewerOf(session), params.id);
      if (found === undefined) throw notFound();
      return { status: 200, body: found };
    },
    async audit({ params, session }) {
      const events = await auditTrail(ctx.db, viewerOf(session), params.id);
      if (events === undefined) throw notFound();
      return { status: 200, body: { events } };
    },
  };
}
