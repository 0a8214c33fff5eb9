// The case file as a file to move to another device, locked with a passphrase the person chooses: a key derived
// with PBKDF2 (SHA-256) and AES-GCM, both from the browser's own Web Crypto, so nothing is hand-made and nothing
// leaves the device. The file says how it was locked, so a later version can raise the cost and still read it.
import {parseCaseFile, type CaseFile} from './case-file';

export const CASE_EXPORT_FORMAT = 'recours-case-file';
/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256. */
export const PBKDF2_ITERATIONS = 600_000;
// A file read from anywhere: a lower count would be weak, a higher one could freeze the phone.
const MIN_ITERATIONS = 100_000;
const MAX_ITERATIONS = 5_000_000;
export const MIN_PASSPHRASE_LENGTH = 8;
const MAX_FILE_LENGTH = 2_000_000;

type Envelope = {
  format: typeof CASE_EXPORT_FORMAT;
  version: 1;
  kdf: {name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string};
  cipher: {name: 'AES-GCM'; iv: string};
  data: string;
};

/** Why an import failed, for a clear answer: not our file, or the passphrase (or the file) is wrong. */
export type ImportFailure = 'not-a-case-file' | 'wrong-passphrase';
export type ImportResult = {ok: true; file: CaseFile} | {ok: false; reason: ImportFailure};

// In slices: spreading a whole file into one call would overflow the stack.
const toBase64 = (bytes: Uint8Array) => {
  let binary = '';
  for (let at = 0; at < bytes.length; at += 0x8000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return btoa(binary);
};
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (ch) => ch.charCodeAt(0));
// The header is bound to the ciphertext: changing the iteration count or format fails the tag check.
const associatedData = (iterations: number) => new TextEncoder().encode(`${CASE_EXPORT_FORMAT}/1/${iterations}`);

const deriveKey = async (passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number, usage: KeyUsage) => {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({name: 'PBKDF2', hash: 'SHA-256', salt, iterations}, material, {name: 'AES-GCM', length: 256}, false, [usage]);
};

/** The export file's text. `iterations` is lowered only by tests. */
export const encryptCaseFile = async (file: CaseFile, passphrase: string, iterations = PBKDF2_ITERATIONS): Promise<string> => {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await deriveKey(passphrase, salt, iterations, 'encrypt');
  const plain = new TextEncoder().encode(JSON.stringify(file));
  const sealed = new Uint8Array(await crypto.subtle.encrypt({name: 'AES-GCM', iv, additionalData: associatedData(iterations)}, key, plain));
  const envelope: Envelope = {
    format: CASE_EXPORT_FORMAT,
    version: 1,
    kdf: {name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(salt)},
    cipher: {name: 'AES-GCM', iv: toBase64(iv)},
    data: toBase64(sealed),
  };
  return JSON.stringify(envelope);
};

const readEnvelope = (text: string): Envelope | null => {
  if (text.length > MAX_FILE_LENGTH) return null;
  try {
    const value = JSON.parse(text) as Partial<Envelope> | null;
    const iterations = value?.kdf?.iterations;
    const ok =
      value?.format === CASE_EXPORT_FORMAT &&
      value.version === 1 &&
      value.kdf?.name === 'PBKDF2' &&
      value.kdf.hash === 'SHA-256' &&
      Number.isInteger(iterations) &&
      (iterations as number) >= MIN_ITERATIONS &&
      (iterations as number) <= MAX_ITERATIONS &&
      typeof value.kdf.salt === 'string' &&
      value.cipher?.name === 'AES-GCM' &&
      typeof value.cipher.iv === 'string' &&
      typeof value.data === 'string';
    return ok ? (value as Envelope) : null;
  } catch {
    return null;
  }
};

export const decryptCaseFile = async (text: string, passphrase: string): Promise<ImportResult> => {
  const envelope = readEnvelope(text);
  if (!envelope) return {ok: false, reason: 'not-a-case-file'};
  let plain: ArrayBuffer;
  try {
    const {iterations} = envelope.kdf;
    const key = await deriveKey(passphrase, fromBase64(envelope.kdf.salt), iterations, 'decrypt');
    plain = await crypto.subtle.decrypt(
      {name: 'AES-GCM', iv: fromBase64(envelope.cipher.iv), additionalData: associatedData(iterations)},
      key,
      fromBase64(envelope.data),
    );
  } catch {
    // AES-GCM cannot tell a wrong passphrase from a changed file: both fail its check.
    return {ok: false, reason: 'wrong-passphrase'};
  }
  try {
    const file = parseCaseFile(JSON.parse(new TextDecoder().decode(plain)));
    return file ? {ok: true, file} : {ok: false, reason: 'not-a-case-file'};
  } catch {
    return {ok: false, reason: 'not-a-case-file'};
  }
};
