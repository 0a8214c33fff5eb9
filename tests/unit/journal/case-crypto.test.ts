import {describe, expect, it} from 'vitest';
import {CASE_EXPORT_FORMAT, decryptCaseFile, encryptCaseFile, PBKDF2_ITERATIONS} from '@/lib/journal/case-crypto';
import {addRecord, emptyCaseFile} from '@/lib/journal/case-file';

// The lowest count a file may carry: the real one (600,000) is for people, not for a test's time budget.
const FAST = 100_000;
const file = addRecord(
  {...emptyCaseFile(), about: {description: 'une photo prise en mars', name: 'Camille', contact: ''}},
  {id: 'a', platform: 'Snapchat', link: 'https://snapchat.com/add/someone', account: 'someone', seen: '', payment: '50 € carte cadeau', notes: ''},
);

describe('the encrypted export of the case file', () => {
  it('opens with its passphrase and gives back the same case file', async () => {
    const text = await encryptCaseFile(file, 'correct horse battery', FAST);
    expect(await decryptCaseFile(text, 'correct horse battery')).toEqual({ok: true, file});
  });

  it('holds nothing readable: no field of the case file appears in the export', async () => {
    const text = await encryptCaseFile(file, 'correct horse battery', FAST);
    for (const secret of ['Camille', 'Snapchat', 'someone', 'carte cadeau', 'mars']) expect(text).not.toContain(secret);
    const envelope = JSON.parse(text);
    expect(envelope).toMatchObject({
      format: CASE_EXPORT_FORMAT,
      version: 1,
      kdf: {name: 'PBKDF2', hash: 'SHA-256', iterations: FAST},
      cipher: {name: 'AES-GCM'},
    });
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
  });

  it('each export is different (a new salt and nonce each time)', async () => {
    const [one, two] = await Promise.all([encryptCaseFile(file, 'same passphrase', FAST), encryptCaseFile(file, 'same passphrase', FAST)]);
    expect(JSON.parse(one).data).not.toBe(JSON.parse(two).data);
  });

  it('refuses a wrong passphrase, a changed file and a changed cost, without a crash', async () => {
    const text = await encryptCaseFile(file, 'correct horse battery', FAST);
    expect(await decryptCaseFile(text, 'wrong horse battery')).toEqual({ok: false, reason: 'wrong-passphrase'});
    const envelope = JSON.parse(text);
    const flipped = {...envelope, data: envelope.data.startsWith('A') ? `B${envelope.data.slice(1)}` : `A${envelope.data.slice(1)}`};
    expect(await decryptCaseFile(JSON.stringify(flipped), 'correct horse battery')).toEqual({ok: false, reason: 'wrong-passphrase'});
    const cheaper = {...envelope, kdf: {...envelope.kdf, iterations: FAST + 1}};
    expect(await decryptCaseFile(JSON.stringify(cheaper), 'correct horse battery')).toEqual({ok: false, reason: 'wrong-passphrase'});
  });

  it.each([
    ['empty', ''],
    ['not JSON', 'PK\u0003\u0004 a zip file'],
    ['another file', JSON.stringify({hello: 'world'})],
    [
      'a cost too low to protect',
      JSON.stringify({
        format: CASE_EXPORT_FORMAT,
        version: 1,
        kdf: {name: 'PBKDF2', hash: 'SHA-256', iterations: 1, salt: ''},
        cipher: {name: 'AES-GCM', iv: ''},
        data: '',
      }),
    ],
    [
      'a cost that would freeze the phone',
      JSON.stringify({
        format: CASE_EXPORT_FORMAT,
        version: 1,
        kdf: {name: 'PBKDF2', hash: 'SHA-256', iterations: 1e12, salt: ''},
        cipher: {name: 'AES-GCM', iv: ''},
        data: '',
      }),
    ],
    ['3 MB of text', 'x'.repeat(3_000_000)],
  ])('answers clearly when the file is not a case file (%s)', async (_, text) => {
    expect(await decryptCaseFile(text, 'whatever passphrase')).toEqual({ok: false, reason: 'not-a-case-file'});
  });
});
