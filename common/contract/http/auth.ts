import { z } from 'zod';
import { userIdSchema } from '../../sync/ids';
import { defineRoute, empty, errorSchema, serverRoleSchema } from './route';

export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{2,63}$/, { error: 'Nama pengguna 3–64 karakter: huruf kecil, angka, titik, garis bawah, tanda hubung' });

export const userSchema = z.object({
  id: userIdSchema,
  username: z.string(),
  displayName: z.string(),
  /** NIP (18 digits) of civil servants; printed on documents they sign. */
  nip: z.string().nullable(),
  role: serverRoleSchema,
});
export type User = z.infer<typeof userSchema>;

export const loginRequestSchema = z.object({
  username: z.string().min(1).max(64),
  // Limited so a huge body cannot make the server hash megabytes.
  password: z.string().min(1).max(1_024),
});

export const sessionSchema = z.object({
  user: userSchema,
  expiresAt: z.iso.datetime({ offset: true }),
});

export const loginResponseSchema = sessionSchema.extend({
  /** Opaque bearer token: send as `Authorization: Bearer <token>`. Shown once; stored hashed. */
  token: z.string(),
});

export const authRoutes = {
  login: defineRoute({
    method: 'POST',
    path: '/auth/login',
    summary: 'Masuk dengan nama pengguna dan kata sandi; menjawab token sesi.',
    access: 'public',
    body: loginRequestSchema,
    responses: { 200: loginResponseSchema, 401: errorSchema, 429: errorSchema },
  }),
  logout: defineRoute({
    method: 'POST',
    path: '/auth/logout',
    summary: 'Keluar: token sesi ini dicabut.',
    access: ['verifier', 'supervisor', 'admin', 'licensing_office'],
    responses: { 204: empty },
  }),
  session: defineRoute({
    method: 'GET',
    path: '/auth/session',
    summary: 'Pengguna pemilik token ini dan kapan sesinya berakhir.',
    access: ['verifier', 'supervisor', 'admin', 'licensing_office'],
    responses: { 200: sessionSchema },
  }),
  users: defineRoute({
    method: 'GET',
    path: '/users',
    summary: 'Daftar pengguna aktif (untuk memilih verifikator yang ditugaskan).',
    access: ['supervisor', 'admin'],
    responses: { 200: z.object({ users: z.array(userSchema) }) },
  }),
};
