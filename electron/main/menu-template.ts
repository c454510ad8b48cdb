// The application menu in Indonesian, as data: roles only (Electron implements them), so the
// template is testable in Node and no menu item runs code of ours.
import type { MenuItemConstructorOptions } from 'electron';

export function menuTemplate(opts: { developer: boolean }): MenuItemConstructorOptions[] {
  // Reloading would drop unsaved form state and devtools would expose the page: developers only.
  const developerItems: MenuItemConstructorOptions[] = opts.developer
    ? [
        { type: 'separator' },
        { role: 'reload', label: 'Muat Ulang' },
        { role: 'forceReload', label: 'Muat Ulang Paksa' },
        { role: 'toggleDevTools', label: 'Alat Pengembang' },
      ]
    : [];
  return [
    {
      label: 'Berkas',
      submenu: [{ role: 'quit', label: 'Keluar', accelerator: 'CmdOrCtrl+Q' }],
    },
    {
      label: 'Sunting',
      submenu: [
        { role: 'undo', label: 'Urungkan' },
        { role: 'redo', label: 'Ulangi' },
        { type: 'separator' },
        { role: 'cut', label: 'Potong' },
        { role: 'copy', label: 'Salin' },
        { role: 'paste', label: 'Tempel' },
        { role: 'selectAll', label: 'Pilih Semua' },
      ],
    },
    {
      label: 'Tampilan',
      submenu: [
        { role: 'zoomIn', label: 'Perbesar' },
        { role: 'zoomOut', label: 'Perkecil' },
        { role: 'resetZoom', label: 'Ukuran Semula' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: 'Layar Penuh' },
        ...developerItems,
      ],
    },
    {
      label: 'Jendela',
      submenu: [
        { role: 'minimize', label: 'Kecilkan' },
        { role: 'close', label: 'Tutup Jendela' },
      ],
    },
    {
      label: 'Bantuan',
      submenu: [{ role: 'about', label: 'Tentang Verikop' }],
    },
  ];
}
