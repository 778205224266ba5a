/**
 * A QR code as one SVG path (`uqr` encodes; no canvas, no image request, nothing the CSP
 * must allow): each dark module a unit square, four modules of quiet zone (ISO/IEC 18004).
 */
import { encode } from 'uqr'

export type QrDrawing = { size: number; path: string }

export function qrPath(modules: boolean[][], border = 4): QrDrawing {
  const parts: string[] = []
  modules.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) parts.push(`M${x + border} ${y + border}h1v1h-1z`)
    })
  })
  return { size: modules.length + 2 * border, path: parts.join('') }
}

/** Medium error correction: a printed receipt survives a fold or a smudge. */
export const qrOf = (text: string): QrDrawing => qrPath(encode(text, { ecc: 'M', border: 0 }).data)
