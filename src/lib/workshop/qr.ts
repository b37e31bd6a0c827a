/**
 * QR codes for the printed control cards, drawn at build time as SVG (npm `qrcode`, pure JavaScript, no network):
 * a student points a phone at the card and opens its page. Only made when the site has a public origin (SITE_URL);
 * a QR code of a root-relative path would open nothing.
 */
import QRCode from 'qrcode';

/** An SVG QR code of `url` (error correction M, no quiet zone: the card's padding is one), black on white. */
export async function qrSvg(url: string): Promise<string> {
  if (!/^https?:\/\//.test(url)) throw new Error(`a QR code needs an absolute URL, got "${url}"`);
  const svg = await QRCode.toString(url, { type: 'svg', margin: 0, errorCorrectionLevel: 'M', color: { dark: '#000000', light: '#ffffff' } });
  return svg.replace('<svg ', '<svg aria-hidden="true" focusable="false" class="qr" ');
}
