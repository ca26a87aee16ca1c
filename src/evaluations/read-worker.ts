// A reading thread of read-pool.ts: reads each file it is sent and replies with the form or why it is not one.
import { parentPort } from 'node:worker_threads';
import { readFormFile, type ReadJob, type ReadReply } from './read-file.js';

parentPort!.on('message', (job: ReadJob) => {
  void readFormFile(job.file).then((reply: ReadReply) => parentPort!.postMessage({ ...reply, id: job.id }));
});
