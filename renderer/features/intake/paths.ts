// Addresses of the workspace screens, in one place: the route table registers the patterns and
// screens link with the builders, so a path is never spelled twice.
export const workspacePaths = {
  inbox: '/kotak-masuk',
  intake: '/impor',
  dossierPattern: '/berkas/:id',
  decisionPattern: '/berkas/:id/keputusan',
  dossier: (id: string): string => `/berkas/${encodeURIComponent(id)}`,
  decision: (id: string): string => `/berkas/${encodeURIComponent(id)}/keputusan`,
} as const;
