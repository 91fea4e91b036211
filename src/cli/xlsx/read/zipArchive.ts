/**
 * Random access to the parts of a zip package held in memory: the central directory gives each part's
 * place, so parts are read in the order we need (shared strings before sheets) whatever their order in the
 * file. Parts inflate in chunks through fflate's streaming Inflate; every inflated byte counts against one
 * bound for the whole package, so a part that lies about its size cannot exhaust memory.
 */
import { Inflate } from "fflate";
import { StringDecoder } from "string_decoder";

/** Thrown when the package inflates past its bound; readTables turns it into checkPackage's sentence. */
export class PackageTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`the workbook unpacks to more than ${Math.round(maxBytes / 1024 / 1024)} MB`);
  }
}

/** A zip structure we cannot follow (damaged, truncated, encrypted entries). */
export class ZipFormatError extends Error {}

interface Entry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly localOffset: number;
  readonly encrypted: boolean;
}

/** Compressed bytes handed to Inflate at a time: at most ~1000× this inflates per step (deflate's ratio). */
const SLICE = 16 * 1024;

export class ZipArchive {
  private readonly entries = new Map<string, Entry>();
  private inflated = 0;

  constructor(
    private readonly data: Uint8Array,
    private readonly maxUnzipped: number,
  ) {
    for (const e of readDirectory(data)) this.entries.set(e.name.toLowerCase(), e);
  }

  /** Part names are case-insensitive in a package (OPC); a leading "/" is optional. */
  has(name: string): boolean {
    return this.entries.has(normalise(name));
  }

  /** A whole (small) part as UTF-8 text, or null when absent. */
  text(name: string): string | null {
    const entry = this.entries.get(normalise(name));
    if (!entry) return null;
    const decoder = new StringDecoder("utf8");
    let out = "";
    this.inflate(entry, (chunk) => (out += decoder.write(chunk)));
    return withoutBom(out + decoder.end());
  }

  /** A part's text in chunks, never whole (sheets, shared strings); false when absent. */
  stream(name: string, onText: (chunk: string) => void): boolean {
    const entry = this.entries.get(normalise(name));
    if (!entry) return false;
    // Node's StringDecoder keeps a character split across chunks for the next one (faster than TextDecoder).
    const decoder = new StringDecoder("utf8");
    let first = true;
    this.inflate(entry, (chunk) => {
      const text = decoder.write(chunk);
      onText(first ? withoutBom(text) : text);
      first = false;
    });
    const last = decoder.end();
    if (last) onText(last);
    return true;
  }

  private inflate(entry: Entry, onChunk: (bytes: Uint8Array) => void): void {
    if (entry.encrypted) throw new ZipFormatError(`part ${entry.name} is encrypted`);
    const start = dataStart(this.data, entry);
    const end = start + entry.compressedSize;
    if (end > this.data.length) throw new ZipFormatError(`part ${entry.name} is cut short`);
    const count = (bytes: Uint8Array) => {
      this.inflated += bytes.length;
      if (this.inflated > this.maxUnzipped) throw new PackageTooLargeError(this.maxUnzipped);
    };
    if (entry.method === 0) {
      for (let at = start; at < end; at += SLICE) {
        const bytes = this.data.subarray(at, Math.min(end, at + SLICE));
        count(bytes);
        onChunk(bytes);
      }
      return;
    }
    if (entry.method !== 8) throw new ZipFormatError(`part ${entry.name} uses zip compression method ${entry.method}`);
    const inflater = new Inflate((bytes) => {
      count(bytes);
      onChunk(bytes);
    });
    if (start === end) inflater.push(new Uint8Array(0), true);
    for (let at = start; at < end; at += SLICE) inflater.push(this.data.subarray(at, Math.min(end, at + SLICE)), at + SLICE >= end);
  }
}

function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function normalise(name: string): string {
  return name.replace(/\\/g, "/").replace(/^\/+/, "").toLowerCase();
}

function dataStart(data: Uint8Array, entry: Entry): number {
  const view = viewOf(data);
  const at = entry.localOffset;
  if (at + 30 > data.length || view.getUint32(at, true) !== 0x04034b50) throw new ZipFormatError(`part ${entry.name} has no local header`);
  return at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
}

function viewOf(data: Uint8Array): DataView {
  return new DataView(data.buffer, data.byteOffset, data.byteLength);
}

/** The central directory's entries (zip64 sizes and offsets included). */
function readDirectory(data: Uint8Array): Entry[] {
  const view = viewOf(data);
  let eocd = -1;
  for (let at = data.length - 22; at >= Math.max(0, data.length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === 0x06054b50) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw new ZipFormatError("no zip central directory");
  let count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  if ((count === 0xffff || offset === 0xffffffff) && eocd >= 20 && view.getUint32(eocd - 20, true) === 0x07064b50) {
    const z = Number(view.getBigUint64(eocd - 12, true));
    if (z + 56 > data.length || view.getUint32(z, true) !== 0x06064b50) throw new ZipFormatError("damaged zip64 directory");
    count = Number(view.getBigUint64(z + 32, true));
    offset = Number(view.getBigUint64(z + 48, true));
  }
  const decoder = new TextDecoder("utf-8");
  const entries: Entry[] = [];
  let at = offset;
  for (let k = 0; k < count; k++) {
    if (at + 46 > data.length || view.getUint32(at, true) !== 0x02014b50) throw new ZipFormatError("damaged zip central directory");
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    let compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    let localOffset = view.getUint32(at + 42, true);
    const name = decoder.decode(data.subarray(at + 46, at + 46 + nameLength));
    // Zip64 extra field: the 64-bit values of the fields saturated above, in this order.
    let extra = at + 46 + nameLength;
    const extraEnd = extra + extraLength;
    while (extra + 4 <= extraEnd) {
      const id = view.getUint16(extra, true);
      const length = view.getUint16(extra + 2, true);
      if (id === 0x0001) {
        let field = extra + 4;
        if (size === 0xffffffff) field += 8;
        if (compressedSize === 0xffffffff) {
          compressedSize = Number(view.getBigUint64(field, true));
          field += 8;
        }
        if (localOffset === 0xffffffff) localOffset = Number(view.getBigUint64(field, true));
      }
      extra += 4 + length;
    }
    entries.push({ name: name.replace(/\\/g, "/").replace(/^\/+/, ""), method, compressedSize, localOffset, encrypted: (flags & 1) !== 0 });
    at = extraEnd + commentLength;
  }
  return entries;
}
