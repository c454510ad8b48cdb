// Identifiers that travel between client and server.
import { z } from 'zod';

/** An operation's id: a UUID the client generates once, so the server can recognise a resend. */
export const operationIdSchema = z.uuid({ error: 'Id operasi harus berupa UUID' });
/** One installation of the app (a device); operations from one client are causally ordered. */
export const clientIdSchema = z.uuid({ error: 'Id klien harus berupa UUID' });
/** A server user, as the server names it (decimal digits). */
export const userIdSchema = z.string().regex(/^[1-9][0-9]{0,15}$/, { error: 'Id pengguna tidak valid' });
export type UserId = z.infer<typeof userIdSchema>;
/**
 * A server user's display name (as the server's users table holds it), shown to staff. The
 * table allows 200 characters; zod counts UTF-16 units, in which a character outside the Basic
 * Multilingual Plane is two, so the bound here is 400: every name the table can hold passes.
 */
export const displayNameSchema = z.string().min(1).max(400);

/** Position in the server's log of accepted changes; 0 means "before everything". */
export const seqSchema = z.number().int().nonnegative();
/** Version of a field or record: the seq of the log entry that last wrote it (0 = never written). */
export const versionSchema = seqSchema;
