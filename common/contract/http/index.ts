// The HTTP API of the sync server, one table: the server registers it, the client calls it,
// docs/openapi.json is generated from it.
import { authRoutes } from './auth';
import { blobRoutes } from './blobs';
import { publicRoutes } from './public';
import { syncRoutes } from './sync';

export const httpRoutes = {
  ...publicRoutes,
  ...authRoutes,
  ...syncRoutes,
  ...blobRoutes,
};
export type HttpRoutes = typeof httpRoutes;
export type RouteName = keyof HttpRoutes;

export * from './route';
export * from './auth';
export * from './blobs';
export * from './public';
export * from './sync';
