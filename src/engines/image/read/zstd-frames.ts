import { LayerDecodeError } from './decode-error.js';

const zstdMagic = 0xfd2fb528;
const skippableMask = 0xfffffff0;
const skippableMagic = 0x184d2a50;

type Phase =
  | { at: 'magic' }
  | { at: 'descriptor' }
  | { at: 'header'; needed: number; singleSegment: boolean; checksum: boolean; dictionaryBytes: number }
  | { at: 'block-header'; checksum: boolean }
  | { at: 'block-body'; remaining: number; last: boolean; checksum: boolean }
  | { at: 'checksum' }
  | { at: 'skippable-size' }
  | { at: 'skip'; remaining: number };

function littleEndian(bytes: Uint8Array, start: number, length: number): number {
  let value = 0;
  for (let index = length - 1; index >= 0; index -= 1) value = value * 256 + (bytes[start + index] ?? 0);
  return value;
}

const contentSizeBytes = [0, 2, 4, 8] as const;
const dictionaryIdBytes = [0, 1, 2, 4] as const;

/**
 * Follows the frame and block structure of a zstd stream without decoding it, to refuse a frame whose window the
 * decoder would have to hold in memory before decoding starts (a hostile header can ask for 2 GiB).
 */
export class ZstdFrameGuard {
  private phase: Phase = { at: 'magic' };
  private pending: number[] = [];

  constructor(private readonly maxWindowBytes: number) {}

  /** Feeds the next compressed bytes; throws a LayerDecodeError before the decoder sees a frame it must refuse. */
  scan(bytes: Uint8Array): void {
    let offset = 0;
    while (offset < bytes.length) {
      const phase = this.phase;
      if (phase.at === 'block-body' || phase.at === 'skip') {
        const taken = Math.min(phase.remaining, bytes.length - offset);
        phase.remaining -= taken;
        offset += taken;
        if (phase.remaining === 0) this.afterSkip(phase);
        continue;
      }
      this.pending.push(bytes[offset] ?? 0);
      offset += 1;
      this.consumePending();
    }
  }

  /** True when the stream stopped between frames, as a complete stream does. */
  atFrameBoundary(): boolean {
    return this.phase.at === 'magic' && this.pending.length === 0;
  }

  private afterSkip(phase: Extract<Phase, { at: 'block-body' | 'skip' }>): void {
    if (phase.at === 'skip') {
      this.phase = { at: 'magic' };
      return;
    }
    if (!phase.last) this.phase = { at: 'block-header', checksum: phase.checksum };
    else this.phase = phase.checksum ? { at: 'checksum' } : { at: 'magic' };
  }

  private consumePending(): void {
    const phase = this.phase;
    const bytes = this.pending;
    switch (phase.at) {
      case 'magic':
        if (bytes.length === 4) this.readMagic(littleEndian(Uint8Array.from(bytes), 0, 4));
        return;
      case 'descriptor':
        this.readDescriptor(bytes[0] ?? 0);
        return;
      case 'header':
        if (bytes.length === phase.needed) this.readHeader(phase);
        return;
      case 'block-header':
        if (bytes.length === 3)
          this.readBlockHeader(littleEndian(Uint8Array.from(bytes), 0, 3), phase.checksum);
        return;
      case 'checksum':
        if (bytes.length === 4) this.next({ at: 'magic' });
        return;
      case 'skippable-size':
        if (bytes.length === 4)
          this.next({ at: 'skip', remaining: littleEndian(Uint8Array.from(bytes), 0, 4) });
        return;
      default:
        return;
    }
  }

  private next(phase: Phase): void {
    this.phase = phase;
    this.pending = [];
    if ((phase.at === 'skip' || phase.at === 'block-body') && phase.remaining === 0) this.afterSkip(phase);
  }

  private readMagic(magic: number): void {
    if (magic === zstdMagic) return this.next({ at: 'descriptor' });
    if ((magic & skippableMask) >>> 0 === skippableMagic) return this.next({ at: 'skippable-size' });
    throw new LayerDecodeError('corrupt', `zstd data is corrupt: no frame starts here`);
  }

  private readDescriptor(descriptor: number): void {
    const singleSegment = ((descriptor >> 5) & 1) === 1;
    const contentSizeFlag = descriptor >> 6;
    const dictionaryBytes = dictionaryIdBytes[descriptor & 3] ?? 0;
    const sizeBytes = contentSizeFlag === 0 && singleSegment ? 1 : (contentSizeBytes[contentSizeFlag] ?? 0);
    const needed = 1 + (singleSegment ? 0 : 1) + dictionaryBytes + sizeBytes;
    this.phase = {
      at: 'header',
      needed,
      singleSegment,
      checksum: ((descriptor >> 2) & 1) === 1,
      dictionaryBytes,
    };
  }

  private readHeader(phase: Extract<Phase, { at: 'header' }>): void {
    const bytes = Uint8Array.from(this.pending);
    const descriptor = bytes[0] ?? 0;
    let window: number;
    if (phase.singleSegment) {
      const sizeStart = 1 + phase.dictionaryBytes;
      const sizeLength = bytes.length - sizeStart;
      window = littleEndian(bytes, sizeStart, sizeLength) + (sizeLength === 2 ? 256 : 0);
    } else {
      const windowDescriptor = bytes[1] ?? 0;
      const base = 2 ** (10 + (windowDescriptor >> 3));
      window = base + (base / 8) * (windowDescriptor & 7);
    }
    if ((descriptor & 8) !== 0) {
      throw new LayerDecodeError('corrupt', `zstd data is corrupt: reserved frame bit set`);
    }
    if (window > this.maxWindowBytes) {
      throw new LayerDecodeError(
        'limit',
        `a zstd frame needs a ${window}-byte window, more than the limit of ` +
          `${this.maxWindowBytes} bytes; reading stopped`,
      );
    }
    this.next({ at: 'block-header', checksum: phase.checksum });
  }

  private readBlockHeader(header: number, checksum: boolean): void {
    const last = (header & 1) === 1;
    const type = (header >> 1) & 3;
    const size = header >>> 3;
    if (type === 3) {
      throw new LayerDecodeError('corrupt', `zstd data is corrupt: reserved block type`);
    }
    // An RLE block stores one byte however long the run it stands for.
    this.next({ at: 'block-body', remaining: type === 1 ? 1 : size, last, checksum });
  }
}
