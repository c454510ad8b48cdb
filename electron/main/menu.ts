import { app, Menu } from 'electron';
import { menuTemplate } from './menu-template';

export function setupMenu(opts: { developer: boolean }): void {
  app.setAboutPanelOptions({
    applicationName: 'Verikop',
    applicationVersion: app.getVersion(),
    copyright: 'Dinas Koperasi, UKM dan Perdagangan',
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(opts)));
}
