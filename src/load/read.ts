// Reading one file's bytes into text: encodings, binary files and size limits.
import { readFile } from 'node:fs/promises';

export const DEFAULT_MAX_FILE_BYTES = 64 * 1024 * 1024;

export type ReadResult = { ok: true; text: string; warning?: string } | { ok: false; message: string; notice?: boolean };

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

export function decode(bytes: Uint8Array): ReadResult {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  if (looksBinary(bytes)) return { ok: false, message: 'binary file skipped', notice: true };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    return { ok: true, text: new TextDecoder('utf-8').decode(bytes), warning: 'file is not valid UTF-8; invalid bytes were replaced' };
  }
}

export async function readArticleFile(path: string, maxBytes = DEFAULT_MAX_FILE_BYTES): Promise<ReadResult> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : code === 'ELOOP' ? 'symbolic link loop' : (error as Error).message;
    return { ok: false, message: `cannot read file: ${why}` };
  }
  if (bytes.length > maxBytes) {
    return { ok: false, message: `file is ${(bytes.length / 1048576).toFixed(1)} MB, over the ${(maxBytes / 1048576).toFixed(0)} MB limit (set maxFileSize in .briefcheckrc.yaml)` };
  }
  return decode(bytes);
}
