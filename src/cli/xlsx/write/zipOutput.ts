/**
 * The output package: fflate's `Zip` container written to a file descriptor as it grows. Input parts go in as
 * their stored bytes (no inflate or deflate); new parts are deflated by Node's zlib (native, in the thread pool,
 * so it runs beside the XML being generated; measured about twice as fast as fflate's JS deflate) and can be
 * streamed in pieces, so a 100,000-row sheet never exists as one string.
 */
import * as fs from "fs";
import * as zlib from "zlib";
import { Zip, type ZipInputFile } from "fflate";
import type { ZipEntry, ZipInput } from "./zipInput";
import { rawBytes } from "./zipInput";

/** zlib level for new parts: level 1 is about half the CPU of the default 6 for a 12 % larger file. */
const LEVEL = 1;
/** Text gathered before it goes to zlib. */
const CHUNK_CHARS = 1 << 16;

export class ZipOutput {
  private readonly zip: Zip;
  private failure: Error | null = null;
  private readonly mtime = new Date();

  constructor(private readonly fd: number) {
    this.zip = new Zip((err, chunk) => {
      if (err) this.failure ??= err;
      else if (!this.failure && chunk.length) {
        try {
          let done = 0;
          while (done < chunk.length) done += fs.writeSync(this.fd, chunk, done, chunk.length - done);
        } catch (e) {
          this.failure = e as Error;
        }
      }
    });
  }

  /** Copies an input entry byte for byte (compressed data, CRC and sizes as stored). */
  copy(input: ZipInput, entry: ZipEntry, name = entry.name): void {
    const file: ZipInputFile = { filename: name, size: entry.size, crc: entry.crc, compression: entry.method, mtime: dosDate(entry.dosTime) };
    this.zip.add(file);
    file.ondata!(null, rawBytes(input, entry) as Uint8Array<ArrayBuffer>, true);
    this.check();
  }

  /** A whole new part. */
  async add(name: string, text: string): Promise<void> {
    const part = this.open(name);
    await part.write(text);
    await part.end();
  }

  /** A new part written in pieces; end() it before adding the next part. */
  open(name: string): PartStream {
    this.check();
    return new PartStream(this.zip, name, this.mtime, () => this.check());
  }

  /** Writes the central directory. */
  finish(): void {
    this.zip.end();
    this.check();
  }

  private check(): void {
    if (this.failure) throw this.failure;
  }
}

export class PartStream {
  private readonly file: ZipInputFile;
  private readonly deflate = zlib.createDeflateRaw({ level: LEVEL });
  private pending = "";
  private crc = 0;
  private size = 0;
  private error: Error | null = null;
  private readonly ended: Promise<void>;

  constructor(zip: Zip, name: string, mtime: Date, private readonly check: () => void) {
    this.file = { filename: name, size: 0, crc: 0, compression: 8, mtime };
    zip.add(this.file);
    this.deflate.on("data", (chunk: Buffer<ArrayBuffer>) => this.file.ondata!(null, chunk, false));
    this.ended = new Promise((resolve, reject) => {
      this.deflate.on("end", resolve);
      this.deflate.on("error", (e) => {
        this.error = e;
        reject(e);
      });
    });
    this.ended.catch(() => undefined);
  }

  /** Queues text; returns a promise only when zlib should be waited for (await it when given). */
  write(text: string): Promise<void> | undefined {
    this.pending += text;
    return this.pending.length >= CHUNK_CHARS ? this.flush() : undefined;
  }

  async end(): Promise<void> {
    await this.flush();
    this.deflate.end();
    await this.ended;
    this.file.crc = this.crc;
    this.file.size = this.size;
    this.file.ondata!(null, new Uint8Array(0), true);
    this.check();
  }

  private async flush(): Promise<void> {
    if (this.error) throw this.error;
    this.check();
    if (!this.pending) return;
    const bytes = Buffer.from(this.pending, "utf8");
    this.pending = "";
    this.crc = crc32(bytes, this.crc);
    this.size += bytes.length;
    if (this.size > 0xffffffff) throw new Error("a sheet would exceed 4 GB unpacked");
    if (!this.deflate.write(bytes)) await new Promise<void>((resolve) => this.deflate.once("drain", resolve));
  }
}

/** zlib.crc32 (Node ≥ 20.15); a table-driven fallback for earlier Node 20 releases. */
const crc32: (data: Uint8Array, value: number) => number =
  (zlib as unknown as { crc32?: (data: Uint8Array, value: number) => number }).crc32 ?? jsCrc32;

let table: Uint32Array | null = null;
function jsCrc32(data: Uint8Array, value: number): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let c = ~value >>> 0;
  for (let i = 0; i < data.length; i++) c = table[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

/** MS-DOS date and time (as stored in zip headers) to a Date, so copies keep their timestamps. */
function dosDate(dos: number): Date {
  const date = dos >>> 16;
  const time = dos & 0xffff;
  const d = new Date(1980 + (date >> 9), ((date >> 5) & 15) - 1, date & 31, time >> 11, (time >> 5) & 63, (time & 31) * 2);
  return Number.isNaN(d.getTime()) || d.getFullYear() < 1980 ? new Date(1980, 0, 1) : d;
}
