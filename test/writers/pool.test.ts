// How many threads a job gets: a handful of files is written in the command's own thread (starting writer threads
// costs more CPU than they save there); larger jobs get the threads asked for, every core by default.
import { describe, expect, it } from 'vitest';
import { packageDocuments } from '../../src/package/build.js';
import { SMALL_JOB_FILES, threadsFor, workerFormats } from '../../src/writers/pool.js';

describe('threads by size', () => {
  it('writes a package (DOCX + PDF of each document) in one thread', () => {
    const files = packageDocuments('reapproval').length * 2;
    expect(files).toBeLessThanOrEqual(SMALL_JOB_FILES);
    expect(threadsFor(files)).toBe(1);
    expect(workerFormats(['docx', 'pdf'], threadsFor(files)!)).toEqual([]);
  });

  it('gives a 25-participant cohort (104 files) every core, or the threads asked for', () => {
    expect(threadsFor(104)).toBeUndefined();
    expect(threadsFor(104, 3)).toBe(3);
    expect(threadsFor(SMALL_JOB_FILES + 1, 2)).toBe(2);
  });
});
