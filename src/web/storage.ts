// Keeps the work in this browser's storage (localStorage, which the browser keeps on this computer), written after
// every change, so a reload or reopening the page brings it back; "Clear saved work" removes it.
import type { WorkInputs } from './work.js';

const KEY = 'sescdp.work.v1';

export interface StoredWork {
  fileName: string;
  text: string;
  edited: boolean;
  inputs: WorkInputs;
  savedAt: string;
}

/** Saves the work; returns a message when the browser refuses (storage full or turned off). */
export function storeWork(work: Omit<StoredWork, 'savedAt'>): string | undefined {
  try {
    localStorage.setItem(KEY, JSON.stringify({ ...work, savedAt: new Date().toISOString() } satisfies StoredWork));
    return undefined;
  } catch (err) {
    return `This browser would not keep your work (${err instanceof Error ? err.name : 'storage refused'}): save the program file to keep it.`;
  }
}

export function storedWork(): StoredWork | undefined {
  try {
    const raw = localStorage.getItem(KEY);
    const data = raw ? (JSON.parse(raw) as Partial<StoredWork>) : undefined;
    if (!data || typeof data.fileName !== 'string' || typeof data.text !== 'string') return undefined;
    return { fileName: data.fileName, text: data.text, edited: data.edited === true, inputs: data.inputs ?? {}, savedAt: String(data.savedAt ?? '') };
  } catch {
    return undefined;
  }
}

export function clearStoredWork(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // Nothing was stored.
  }
}
