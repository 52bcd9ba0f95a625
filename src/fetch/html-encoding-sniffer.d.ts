// html-encoding-sniffer ships no types; this declares the one call decode-bytes.ts makes.
declare module 'html-encoding-sniffer' {
  /** Returns the canonical encoding name (e.g. "Shift_JIS", "UTF-8") per the HTML sniffing algorithm. */
  export default function htmlEncodingSniffer(
    bytes: Uint8Array,
    options?: {
      xml?: boolean;
      transportLayerEncodingLabel?: string;
      defaultEncoding?: string;
      maxPrescanBytes?: number;
    },
  ): string;
}
