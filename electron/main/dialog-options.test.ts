import { describe, expect, it } from 'vitest';
import { fileDialogOptions, packetDialogOptions } from './dialog-options';

describe('fileDialogOptions', () => {
  it('asks for one file of the requested kinds, with the service title', () => {
    expect(
      fileDialogOptions({ title: 'Pilih berkas sertifikat elektronik', filters: [{ name: 'Sertifikat PKCS#12', extensions: ['p12', 'pfx'] }] }),
    ).toEqual({
      title: 'Pilih berkas sertifikat elektronik',
      filters: [{ name: 'Sertifikat PKCS#12', extensions: ['p12', 'pfx'] }],
      properties: ['openFile', 'dontAddToRecent'],
    });
  });
});

describe('packetDialogOptions', () => {
  it('asks for a .zip file or a folder, in Indonesian', () => {
    expect(packetDialogOptions('zip')).toMatchObject({ filters: [{ extensions: ['zip'] }], properties: ['openFile', 'dontAddToRecent'] });
    expect(packetDialogOptions('folder').properties).toEqual(['openDirectory', 'dontAddToRecent']);
    expect(packetDialogOptions('folder').title).toMatch(/^Pilih folder/);
  });
});
