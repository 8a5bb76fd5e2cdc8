// Reading one file's bytes into text: encodings, binary files, odd file types
// and size limits. Every failure becomes a one-line message; nothing throws.
import { closeSync, openSync, readSync, statSync } from 'node:fs';

export const DEFAULT_MAX_FILE_BYTES = 64 * 1024 * 1024;

export type ReadResult = { ok: true; text: string; warning?: string; stat?: FileStat } | { ok: false; message: string; notice?: boolean };

/** What the claims cache compares to skip reading an unchanged file. */
export interface FileStat {
  size: number;
  mtimeMs: number;
}

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

/** A byte count as people read it: "512 bytes", "20 KB", "1.5 MB". */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} byte${n === 1 ? '' : 's'}`;
  const [value, unit] = n < 1048576 ? [n / 1024, 'KB'] : n < 1073741824 ? [n / 1048576, 'MB'] : [n / 1073741824, 'GB'];
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${unit}`;
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a folder';
  if (code === 'ELOOP') return 'symbolic link loop';
  return (error as Error)?.message ?? String(error);
}

export function readArticleFile(path: string, maxBytes = DEFAULT_MAX_FILE_BYTES): ReadResult {
  // Look before opening: opening a FIFO blocks until someone writes to it, and
  // a device such as /dev/zero never ends, so only regular files are read.
  let size: number;
  let mtimeMs: number;
  try {
    const info = statSync(path);
    mtimeMs = info.mtimeMs;
    if (info.isDirectory()) return { ok: false, message: 'cannot read file: is a folder' };
    if (!info.isFile()) return { ok: false, message: 'not a regular file (a pipe, socket or device): skipped', notice: true };
    size = info.size;
  } catch (error) {
    return { ok: false, message: `cannot read file: ${reason(error)}` };
  }
  const tooBig = (bytes: number): ReadResult => ({
    ok: false,
    message: `file is ${formatBytes(bytes)}, over the ${formatBytes(maxBytes)} limit: not checked (raise maxFileSize in .briefcheckrc.yaml)`,
  });
  if (size > maxBytes) return tooBig(size);
  let bytes: Uint8Array;
  try {
    // Synchronous: articles are small and many; thousands of thread-pool round
    // trips cost more than the reads (only regular files get here, never a pipe).
    const fd = openSync(path, 'r');
    try {
      // Read at most one byte past the limit: a file that grew since stat() is still caught.
      let buffer = Buffer.allocUnsafe(Math.min(maxBytes + 1, size + 65536));
      let filled = 0;
      for (;;) {
        if (filled === buffer.length) {
          if (buffer.length > maxBytes) break;
          const grown = Buffer.allocUnsafe(Math.min(maxBytes + 1, buffer.length * 2));
          buffer.copy(grown, 0, 0, filled);
          buffer = grown;
        }
        const bytesRead = readSync(fd, buffer, filled, buffer.length - filled, null);
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
      bytes = buffer.subarray(0, filled);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    return { ok: false, message: `cannot read file: ${reason(error)}` };
  }
  if (bytes.length > maxBytes) return tooBig(bytes.length);
  const decoded = decode(bytes);
  return decoded.ok && bytes.length === size ? { ...decoded, stat: { size, mtimeMs } } : decoded;
}
