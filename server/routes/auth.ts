import type { authRoutes } from '../../common/contract/http';
import type { Viewer } from '../../common/sync';
import type { Session } from '../auth/sessions';
import { login } from '../auth/login';
import { revokeSession } from '../auth/sessions';
import { listUsers, userOf } from '../auth/users';
import type { ServerContext } from '../context';
import { HttpFailure, httpMessages } from '../http/failure';
import type { RouteHandlers } from '../http/register';

/** The caller as the sync core sees them; the licensing office never reaches sync routes. */
export function viewerOf(session: Session): Viewer {
  const { role, id } = session.user;
  if (role === 'licensing_office') throw new HttpFailure(403, 'forbidden', httpMessages.forbidden);
  return { userId: id, role };
}

export function authHandlers(ctx: ServerContext): RouteHandlers<typeof authRoutes> {
  return {
    async login({ body, request }) {
      const username = body.username.trim().toLowerCase();
      const result = await login(ctx.db, { username, password: body.password, address: request.ip }, ctx.clock(), ctx.loginPolicy, ctx.scrypt);
      if (result.ok) return { status: 200, body: { token: result.token, expiresAt: result.expiresAt.toISOString(), user: result.user } };
      if (result.code === 'too_many_attempts') {
        throw new HttpFailure(429, 'too_many_attempts', httpMessages.tooManyAttempts(result.retryAfterSeconds), {}, { 'retry-after': String(result.retryAfterSeconds) });
      }
      throw new HttpFailure(401, 'unauthenticated', httpMessages.invalidCredentials);
    },
    async logout({ session }) {
      await revokeSession(ctx.db, session.tokenHash, ctx.clock());
      return { status: 204 };
    },
    session: ({ session }) => Promise.resolve({ status: 200, body: { user: session.user, expiresAt: session.expiresAt.toISOString() } }),
    async users() {
      const rows = await listUsers(ctx.db, { includeDisabled: false });
      return { status: 200, body: { users: rows.map(userOf) } };
    },
  };
}
