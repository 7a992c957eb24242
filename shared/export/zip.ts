/**
 * A streaming, store-only zip writer (PKWARE APPNOTE 6.3): each entry is written as soon as it
 * is added, so an export of 50,000 articles never holds more than one file plus a small record
 * per entry for the central directory.
 *
 * Why store-only and our own: Markdown is small and the zip is for moving files, not saving
 * bytes; deflate would cost CPU that the Worker's budget needs. Libraries that stream zips
 * either deflate or compute CRC-32 with WebAssembly compiled at run time, which Workers forbid.
 * File names are UTF-8 (flag bit 11), so Chinese names unpack as written. ZIP64 records are
 * added only when needed (more than 65,535 entries or offsets past 4 GiB).
 */

/** One file in the archive. */
export interface ZipEntry {
  /** Path inside the archive, `/`-separated. */
  name: string;
  data: Uint8Array;
  /** Modification time (stored in MS-DOS form, 2-second precision, as UTC). */
  modified: Date;
}

export interface ZipWriterOptions {
  /** `always` writes ZIP64 records even for small archives (tests use it); default `auto`. */
  zip64?: 'auto' | 'always';
}

/** Record signatures and constants of the format. */
const SIG = {
  localFile: 0x04034b50,
  centralFile: 0x02014b50,
  end: 0x06054b50,
  zip64End: 0x06064b50,
  zip64Locator: 0x07064b50,
} as const;
const VERSION_DEFAULT = 20; // 2.0: files and folders
const VERSION_ZIP64 = 45; // 4.5: ZIP64 extensions
const FLAG_UTF8 = 1 << 11;
const METHOD_STORE = 0;
const MADE_BY_UNIX = 3 << 8;
const MAX_16 = 0xffff;
const MAX_32 = 0xffffffff;

/** CRC-32 (IEEE 802.3, reflected, polynomial 0xEDB88320), one table lookup per byte. */
const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** The CRC-32 of `data`, as zip, gzip and PNG use it. */
export function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i += 1) crc = CRC_TABLE[(crc ^ data[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** MS-DOS date and time of `date` (UTC), clamped to the format's range 1980–2107. */
function dosDateTime(date: Date): { time: number; date: number } {
  const year = Math.min(Math.max(date.getUTCFullYear(), 1980), 2107);
  if (Number.isNaN(date.getTime()) || year !== date.getUTCFullYear()) {
    return { time: 0, date: ((year - 1980) << 9) | (1 << 5) | 1 };
  }
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1),
    date: ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

/** Little-endian byte writer over a fixed-size buffer. */
class Bytes {
  readonly buffer: Uint8Array;
  readonly #view: DataView;
  #at = 0;
  constructor(size: number) {
    this.buffer = new Uint8Array(size);
    this.#view = new DataView(this.buffer.buffer);
  }
  u16(value: number): this {
    this.#view.setUint16(this.#at, value, true);
    this.#at += 2;
    return this;
  }
  u32(value: number): this {
    this.#view.setUint32(this.#at, value >>> 0, true);
    this.#at += 4;
    return this;
  }
  u64(value: number): this {
    this.#view.setBigUint64(this.#at, BigInt(value), true);
    this.#at += 8;
    return this;
  }
  bytes(value: Uint8Array): this {
    this.buffer.set(value, this.#at);
    this.#at += value.byteLength;
    return this;
  }
}

/** What the central directory needs of each entry written. */
interface CentralRecord {
  name: Uint8Array;
  crc: number;
  size: number;
  offset: number;
  time: number;
  date: number;
}

const encoder = new TextEncoder();

/**
 * Writes a zip archive entry by entry. Call {@link add} for each file and send the chunks it
 * returns, then send what {@link finish} returns. Sizes are known before each header is
 * written, so no data descriptors are needed and any unzip tool reads the result.
 */
export class ZipWriter {
  readonly #records: CentralRecord[] = [];
  readonly #forceZip64: boolean;
  #offset = 0;
  #finished = false;

  constructor(options: ZipWriterOptions = {}) {
    this.#forceZip64 = options.zip64 === 'always';
  }

  /**
   * Adds one stored file. Returns the chunks to write: the local header and the data.
   * @throws Error when the name is empty or longer than 65,535 bytes, or after finish()
   */
  add(entry: ZipEntry): Uint8Array[] {
    if (this.#finished) throw new Error('zip: add() after finish()');
    const name = encoder.encode(entry.name);
    if (name.byteLength === 0 || name.byteLength > MAX_16) throw new Error('zip: entry name must be 1–65535 bytes');
    if (entry.data.byteLength >= MAX_32) throw new Error('zip: entries of 4 GiB or more are not supported');
    const { time, date } = dosDateTime(entry.modified);
    const record: CentralRecord = { name, crc: crc32(entry.data), size: entry.data.byteLength, offset: this.#offset, time, date };
    const header = new Bytes(30 + name.byteLength)
      .u32(SIG.localFile)
      .u16(this.#forceZip64 ? VERSION_ZIP64 : VERSION_DEFAULT)
      .u16(FLAG_UTF8)
      .u16(METHOD_STORE)
      .u16(time)
      .u16(date)
      .u32(record.crc)
      .u32(record.size)
      .u32(record.size)
      .u16(name.byteLength)
      .u16(0)
      .bytes(name).buffer;
    this.#records.push(record);
    this.#offset += header.byteLength + entry.data.byteLength;
    return [header, entry.data];
  }

  /** Number of entries added so far. */
  get size(): number {
    return this.#records.length;
  }

  /** The central directory and end records; the archive is complete after these bytes. */
  finish(): Uint8Array {
    if (this.#finished) throw new Error('zip: finish() called twice');
    this.#finished = true;
    const parts: Uint8Array[] = [];
    const directoryOffset = this.#offset;
    let directorySize = 0;
    for (const record of this.#records) {
      const part = this.#centralRecord(record);
      parts.push(part);
      directorySize += part.byteLength;
    }
    const count = this.#records.length;
    const needsZip64 =
      this.#forceZip64 || count >= MAX_16 || directoryOffset >= MAX_32 || directorySize >= MAX_32;
    if (needsZip64) {
      const zip64EndOffset = directoryOffset + directorySize;
      parts.push(
        new Bytes(56)
          .u32(SIG.zip64End)
          .u64(44) // size of the rest of this record
          .u16(MADE_BY_UNIX | VERSION_ZIP64)
          .u16(VERSION_ZIP64)
          .u32(0) // this disk
          .u32(0) // disk with the directory
          .u64(count)
          .u64(count)
          .u64(directorySize)
          .u64(directoryOffset).buffer,
        new Bytes(20).u32(SIG.zip64Locator).u32(0).u64(zip64EndOffset).u32(1).buffer,
      );
    }
    parts.push(
      new Bytes(22)
        .u32(SIG.end)
        .u16(0)
        .u16(0)
        .u16(needsZip64 ? MAX_16 : count)
        .u16(needsZip64 ? MAX_16 : count)
        .u32(needsZip64 ? MAX_32 : directorySize)
        .u32(needsZip64 ? MAX_32 : directoryOffset)
        .u16(0).buffer,
    );
    return concat(parts);
  }

  #centralRecord(record: CentralRecord): Uint8Array {
    const offsetInZip64 = this.#forceZip64 || record.offset >= MAX_32;
    const extra = offsetInZip64 ? new Bytes(12).u16(0x0001).u16(8).u64(record.offset).buffer : new Uint8Array(0);
    return new Bytes(46 + record.name.byteLength + extra.byteLength)
      .u32(SIG.centralFile)
      .u16(MADE_BY_UNIX | (offsetInZip64 ? VERSION_ZIP64 : VERSION_DEFAULT))
      .u16(offsetInZip64 ? VERSION_ZIP64 : VERSION_DEFAULT)
      .u16(FLAG_UTF8)
      .u16(METHOD_STORE)
      .u16(record.time)
      .u16(record.date)
      .u32(record.crc)
      .u32(record.size)
      .u32(record.size)
      .u16(record.name.byteLength)
      .u16(extra.byteLength)
      .u16(0) // comment length
      .u16(0) // disk number
      .u16(0) // internal attributes
      .u32((0o100644 << 16) >>> 0) // external attributes: a regular file, rw-r--r--
      .u32(offsetInZip64 ? MAX_32 : record.offset)
      .bytes(record.name)
      .bytes(extra).buffer;
  }
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.byteLength, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.byteLength;
  }
  return out;
}
