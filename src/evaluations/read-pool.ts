// Reads many form files on every core: each worker thread reads whole files (bytes and parsing), so this thread
// only hands out names. Results come back in the order the files were given, whichever thread read them.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { readFormFile, type ReadReply } from './read-file.js';

const workerFile = new URL('./read-worker.js', import.meta.url);
/** Compiled code can start workers; under a TypeScript test runner the worker file does not exist as .js. */
const threadsAvailable = import.meta.url.endsWith('.js') && process.env.SESCDP_THREADS !== '1';
/** Below this many files, starting threads costs more than it saves. */
const FILES_PER_THREAD = 8;

export async function readFormFiles(files: readonly string[], onProgress?: (done: number, total: number) => void): Promise<ReadReply[]> {
  const threads = threadsAvailable ? Math.min(availableParallelism(), Math.floor(files.length / FILES_PER_THREAD)) : 0;
  const replies: ReadReply[] = new Array(files.length);
  let done = 0;
  if (threads < 2) {
    for (const [i, file] of files.entries()) {
      replies[i] = await readFormFile(file);
      onProgress?.(++done, files.length);
    }
    return replies;
  }
  let next = 0;
  const workers = Array.from({ length: threads }, () => new Worker(workerFile));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next >= files.length) return resolve();
              const id = next++;
              worker.postMessage({ id, file: files[id] });
            };
            worker.on('message', (reply: ReadReply) => {
              replies[reply.id!] = reply;
              delete reply.id;
              onProgress?.(++done, files.length);
              send();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => reject(new Error(`a form-reading thread stopped unexpectedly (exit code ${code})`)));
            send();
          }),
      ),
    );
  } finally {
    for (const w of workers) {
      w.removeAllListeners('exit');
      await w.terminate();
    }
  }
  return replies;
}
