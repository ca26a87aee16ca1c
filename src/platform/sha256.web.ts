// The page's SHA-256 (see sha256.ts): @noble/hashes, audited and synchronous (WebCrypto's digest is asynchronous).
import { sha256 as digest } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';

export function sha256(data: Uint8Array | string): string {
  return bytesToHex(digest(typeof data === 'string' ? utf8ToBytes(data) : data));
}
