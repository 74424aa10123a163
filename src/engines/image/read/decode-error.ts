/** Why decoding a layer stopped: its data ends early, is not what it claims, or passes a limit. */
export type DecodeFailure = 'truncated' | 'corrupt' | 'limit' | 'mismatch' | 'read';

/** Why a layer could not be decoded to its end; the message says why, the caller names the layer. */
export class LayerDecodeError extends Error {
  constructor(
    readonly failure: DecodeFailure,
    message: string,
  ) {
    super(message);
    this.name = 'LayerDecodeError';
  }
}
