// Files in and out of the page: what the user opens (read as bytes, held to the command line's rules for text
// files), what the page hands over as a download, and saving back in place where the browser offers the File System
// Access API. Nothing goes over a network: a download is a blob: URL made and released here.
import { decodeText } from '../model/text-file.js';
import type { OpenedFile } from './work.js';

export async function readOpened(file: File, what: string): Promise<OpenedFile> {
  return { name: file.name, text: decodeText(file.name, new Uint8Array(await file.arrayBuffer()), what) };
}

const TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  zip: 'application/zip',
  yaml: 'application/yaml',
};

export function blobOf(name: string, bytes: Uint8Array | string): Blob {
  return new Blob([bytes as BlobPart], { type: TYPES[name.split('.').pop() ?? ''] ?? 'application/octet-stream' });
}

export function download(name: string, bytes: Uint8Array | string): void {
  const url = URL.createObjectURL(blobOf(name, bytes));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The File System Access API's handle, where the browser has it (Edge and Chrome do; Firefox and Safari do not). */
export interface SaveHandle {
  name: string;
  createWritable(): Promise<{ write(data: Blob | string): Promise<void>; close(): Promise<void> }>;
  queryPermission?(options: { mode: 'readwrite' }): Promise<PermissionState>;
  requestPermission?(options: { mode: 'readwrite' }): Promise<PermissionState>;
}

interface PickerWindow {
  showOpenFilePicker?(options: object): Promise<SaveHandle[]>;
  showSaveFilePicker?(options: object): Promise<SaveHandle>;
}

const YAML_PICKER = { types: [{ description: 'Program file (YAML)', accept: { 'application/yaml': ['.yaml', '.yml'] } }] };

export function canSaveInPlace(): boolean {
  return typeof (window as PickerWindow).showOpenFilePicker === 'function';
}

/** Opens a program file through the browser's picker, keeping its handle for saving back; undefined when cancelled. */
export async function pickProgramFile(): Promise<{ file: File; handle: SaveHandle } | undefined> {
  try {
    const [handle] = await (window as PickerWindow).showOpenFilePicker!({ ...YAML_PICKER, multiple: false });
    if (!handle) return undefined;
    return { file: await (handle as unknown as { getFile(): Promise<File> }).getFile(), handle };
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') return undefined;
    throw err;
  }
}

/** Writes the text over the file the handle names (asking the browser's permission first if it wants). */
export async function saveInPlace(handle: SaveHandle, text: string): Promise<void> {
  if (handle.queryPermission && (await handle.queryPermission({ mode: 'readwrite' })) !== 'granted') {
    if ((await handle.requestPermission?.({ mode: 'readwrite' })) !== 'granted') throw new Error('the browser was not allowed to write to the file');
  }
  const writable = await handle.createWritable();
  await writable.write(text);
  await writable.close();
}
