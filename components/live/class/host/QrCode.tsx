'use client';
/** A QR code drawn as SVG in the page (the `qrcode` package computes the modules locally: nothing is fetched). */
import QRCode from 'qrcode';
import { useMemo } from 'react';

/** The SVG path of the dark modules, with a 4-module quiet zone. */
export function qrPath(text: string): { size: number; path: string } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  let path = '';
  for (let y = 0; y < modules.size; y += 1) {
    for (let x = 0; x < modules.size; x += 1) if (modules.data[y * modules.size + x]) path += `M${x + 4} ${y + 4}h1v1h-1z`;
  }
  return { size: modules.size + 8, path };
}

export function QrCode({ text, label }: { text: string; label: string }) {
  const { size, path } = useMemo(() => qrPath(text), [text]);
  return (
    <svg role="img" aria-label={label} viewBox={`0 0 ${size} ${size}`} className="h-auto w-full max-w-[16rem] bg-white" shapeRendering="crispEdges" data-qr>
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
