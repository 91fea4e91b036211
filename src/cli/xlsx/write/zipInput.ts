/**
 * The entries of an input .xlsx read from its central directory, so each part can be copied as its compressed
 * bytes (no inflate, no deflate) or inflated when we edit it. checkPackage.ts has already refused files that are
 * not zips or unpack too large; this only needs the directory.
 */
import { inflateRawSync } from "zlib";

export interface ZipEntry {
  /** The part name as stored ("xl/workbook.xml"), no leading slash. */
  readonly name: string;
  /** 0 stored, 8 deflate. */
  readonly method: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  /** DOS date and time of the entry, kept on copy. */
  readonly dosTime: number;
  readonly localOffset: number;
}

export interface ZipInput {
  readonly data: Buffer;
  readonly entries: readonly ZipEntry[];
}

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export function readZip(data: Buffer): ZipInput {
  let eocd = -1;
  for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 65_535); i--) {
    if (data.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error("no zip end-of-directory record");
  let count = data.readUInt16LE(eocd + 10);
  let dirOffset = data.readUInt32LE(eocd + 16);
  if ((dirOffset === 0xffffffff || count === 0xffff) && eocd >= 20 && data.readUInt32LE(eocd - 20) === EOCD64_LOCATOR) {
    const eocd64 = Number(data.readBigUInt64LE(eocd - 12));
    count = Number(data.readBigUInt64LE(eocd64 + 32));
    dirOffset = Number(data.readBigUInt64LE(eocd64 + 48));
  }
  const entries: ZipEntry[] = [];
  let p = dirOffset;
  for (let i = 0; i < count; i++) {
    if (data.readUInt32LE(p) !== CENTRAL) throw new Error("damaged zip central directory");
    const flags = data.readUInt16LE(p + 8);
    const nameLength = data.readUInt16LE(p + 28);
    const extraLength = data.readUInt16LE(p + 30);
    const commentLength = data.readUInt16LE(p + 32);
    const nameBytes = data.subarray(p + 46, p + 46 + nameLength);
    const name = (flags & 0x800 ? nameBytes.toString("utf8") : nameBytes.toString("latin1")).replace(/^\/+/, "");
    let compressedSize = data.readUInt32LE(p + 20);
    let size = data.readUInt32LE(p + 24);
    let localOffset = data.readUInt32LE(p + 42);
    // ZIP64: the 8-byte values follow in the extra field for every 32-bit field that overflowed.
    let e = p + 46 + nameLength;
    const extraEnd = e + extraLength;
    while (e + 4 <= extraEnd) {
      const id = data.readUInt16LE(e);
      const len = data.readUInt16LE(e + 2);
      if (id === 0x0001) {
        let q = e + 4;
        if (size === 0xffffffff) {
          size = Number(data.readBigUInt64LE(q));
          q += 8;
        }
        if (compressedSize === 0xffffffff) {
          compressedSize = Number(data.readBigUInt64LE(q));
          q += 8;
        }
        if (localOffset === 0xffffffff) localOffset = Number(data.readBigUInt64LE(q));
      }
      e += 4 + len;
    }
    entries.push({
      name,
      method: data.readUInt16LE(p + 10),
      crc: data.readUInt32LE(p + 16),
      compressedSize,
      size,
      dosTime: data.readUInt32LE(p + 12),
      localOffset,
    });
    p = extraEnd + commentLength;
  }
  return { data, entries };
}

/** The entry's bytes as stored (compressed for method 8). */
export function rawBytes(zip: ZipInput, entry: ZipEntry): Buffer {
  const { data } = zip;
  const at = entry.localOffset;
  if (data.readUInt32LE(at) !== LOCAL) throw new Error(`damaged zip entry '${entry.name}'`);
  const start = at + 30 + data.readUInt16LE(at + 26) + data.readUInt16LE(at + 28);
  return data.subarray(start, start + entry.compressedSize);
}

/** The entry's content as text (UTF-8; a UTF-8 byte-order mark is dropped). */
export function entryText(zip: ZipInput, entry: ZipEntry): string {
  const raw = rawBytes(zip, entry);
  const bytes = entry.method === 0 ? raw : entry.method === 8 ? inflateRawSync(raw) : null;
  if (!bytes) throw new Error(`zip entry '${entry.name}' uses compression method ${entry.method}`);
  return bytes.toString("utf8").replace(/^\uFEFF/, "");
}
