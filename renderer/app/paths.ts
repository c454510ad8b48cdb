// Addresses of the workspace screens, in one place: the route table registers the patterns and
// screens link with the builders, so a path is never spelled twice. They live below the features
// (a leaf module, like the router) because features on both sides of the workspace link here:
// intake's workspace needs settings (the current person), and settings' first run links to the
// inbox; with the paths inside intake the two features imported each other.
export const workspacePaths = {
  inbox: '/kotak-masuk',
  intake: '/impor',
  dossierPattern: '/berkas/:id',
  decisionPattern: '/berkas/:id/keputusan',
  dossier: (id: string): string => `/berkas/${encodeURIComponent(id)}`,
  decision: (id: string): string => `/berkas/${encodeURIComponent(id)}/keputusan`,
} as const;
