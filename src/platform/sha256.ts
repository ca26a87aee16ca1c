// SHA-256 as hex, on the command line with Node's crypto. The page's twin (sha256.web.ts) computes the same digest in
// JavaScript, synchronously, as a package's manifest needs.
import { createHash } from 'node:crypto';

export function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}
