// Draws PDF bytes onto canvases with pdf.js. Loaded on demand only (dynamic import), so pdf.js never weighs on
// startup; its worker is a file of our own bundle, never a CDN.
import { getDocument, GlobalWorkerOptions, type PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

GlobalWorkerOptions.workerSrc = workerUrl;

export function decodeBase64(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export async function openPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  // No eval (the CSP forbids it) and nothing fetched: fonts are embedded in our PDFs.
  return getDocument({ data: bytes, isEvalSupported: false, disableAutoFetch: true, disableStream: true, useSystemFonts: true }).promise;
}

/** Renders page `number` (1-based) to fit `cssWidth` CSS pixels wide, sharp on high-density screens. */
export async function renderPage(pdf: PDFDocumentProxy, number: number, canvas: HTMLCanvasElement, cssWidth: number): Promise<void> {
  const page = await pdf.getPage(number);
  const base = page.getViewport({ scale: 1 });
  const scale = cssWidth / base.width;
  const ratio = Math.min(window.devicePixelRatio || 1, 3);
  const viewport = page.getViewport({ scale: scale * ratio });
  canvas.width = Math.floor(viewport.width);
  canvas.height = Math.floor(viewport.height);
  canvas.style.width = `${Math.floor(viewport.width / ratio)}px`;
  canvas.style.height = `${Math.floor(viewport.height / ratio)}px`;
  await page.render({ canvas, viewport }).promise;
}
