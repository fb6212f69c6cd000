/**
 * WAV (RIFF, PCM) helpers. espeak-ng --stdout cannot seek back, so it writes "unknown" sizes
 * (0x7ffff…) in the RIFF and data headers; the page's decoder wants the real ones. Also reads
 * the header back, for the staff log and the tests (sample count, seconds).
 */
export interface WavInfo {
  channels: number;
  sampleRate: number;
  bitsPerSample: number;
  /** Byte offset of the sample data, and its length. */
  dataOffset: number;
  dataBytes: number;
  /** Sample frames (one per channel group). */
  frames: number;
  seconds: number;
}

const text = (b: Uint8Array, at: number) => String.fromCharCode(b[at]!, b[at + 1]!, b[at + 2]!, b[at + 3]!);

/** Walks the chunks of a RIFF/WAVE file; null when it is not one. `trustSizes: false` takes the data to the end. */
export function readWav(bytes: Uint8Array, trustSizes = true): WavInfo | null {
  if (bytes.length < 44 || text(bytes, 0) !== 'RIFF' || text(bytes, 8) !== 'WAVE') return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 12;
  let fmt: Pick<WavInfo, 'channels' | 'sampleRate' | 'bitsPerSample'> | null = null;
  while (at + 8 <= bytes.length) {
    const id = text(bytes, at);
    const size = view.getUint32(at + 4, true);
    if (id === 'fmt ' && at + 24 <= bytes.length) {
      if (view.getUint16(at + 8, true) !== 1) return null; // PCM only
      fmt = { channels: view.getUint16(at + 10, true), sampleRate: view.getUint32(at + 12, true), bitsPerSample: view.getUint16(at + 22, true) };
    } else if (id === 'data') {
      if (!fmt || fmt.channels === 0 || fmt.sampleRate === 0 || fmt.bitsPerSample % 8 !== 0) return null;
      const dataOffset = at + 8;
      const available = bytes.length - dataOffset;
      const dataBytes = trustSizes ? Math.min(size, available) : available;
      const frames = Math.floor(dataBytes / (fmt.channels * (fmt.bitsPerSample / 8)));
      return { ...fmt, dataOffset, dataBytes, frames, seconds: frames / fmt.sampleRate };
    }
    at += 8 + size + (size % 2);
  }
  return null;
}

/** The same bytes with true RIFF and data sizes (a copy; the input is not changed). Null if not a PCM WAV. */
export function fixStreamedWav(bytes: Uint8Array): Uint8Array | null {
  const info = readWav(bytes, false);
  if (!info) return null;
  const out = bytes.slice(0, info.dataOffset + info.dataBytes);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  view.setUint32(4, out.length - 8, true);
  view.setUint32(info.dataOffset - 4, info.dataBytes, true);
  return out;
}

/** Root-mean-square level of 16-bit samples, 0 (silence) to 1: a sound check for the staff log and tests. */
export function rms16(bytes: Uint8Array, info: WavInfo): number {
  if (info.bitsPerSample !== 16 || info.frames === 0) return 0;
  const view = new DataView(bytes.buffer, bytes.byteOffset + info.dataOffset, info.dataBytes);
  let sum = 0;
  const n = Math.floor(info.dataBytes / 2);
  for (let i = 0; i < n; i++) {
    const v = view.getInt16(i * 2, true) / 32768;
    sum += v * v;
  }
  return Math.sqrt(sum / n);
}
