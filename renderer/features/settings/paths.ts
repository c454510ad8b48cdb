// Addresses of the settings screens, in one place: the route table registers them and other
// screens link with them.
export const settingsPaths = {
  settings: '/pengaturan',
  firstRun: '/mulai',
} as const;
