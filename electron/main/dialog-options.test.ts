import { describe, expect, it } from 'vitest';
import { fileDialogOptions, packetDialogOptions, photoDialogOptions } from './dialog-options';

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

describe('photoDialogOptions', () => {
  it('asks for several JPEG or PNG photos, in Indonesian', () => {
    const options = photoDialogOptions();
    expect(options.properties).toEqual(['openFile', 'multiSelections', 'dontAddToRecent']);
    expect(options.filters?.flatMap((f) => f.extensions.map((e) => e.toLowerCase()))).toEqual(expect.arrayContaining(['jpg', 'jpeg', 'png']));
    expect(options.title).toMatch(/^Pilih foto/);
  });
});
