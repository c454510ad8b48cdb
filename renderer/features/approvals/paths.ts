// Addresses of the supervisor's screens.
export const approvalPaths = {
  queue: '/persetujuan',
  reviewPattern: '/persetujuan/:id',
  review: (id: string): string => `/persetujuan/${encodeURIComponent(id)}`,
} as const;
