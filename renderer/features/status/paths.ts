// Addresses of the status screens.
export const statusPaths = {
  status: '/status',
  conflicts: '/konflik',
} as const;
