// Renders web/icon.svg to the PNG icons web/manifest.webmanifest lists, with Debian's Chromium:
//   web/icons/icon-192.png, icon-512.png   purpose "any": the artwork as drawn (transparent corners)
//   web/icons/maskable-512.png             purpose "maskable": a full-bleed background with the artwork
//     scaled to 80% — launchers may crop to any shape that keeps the central circle of radius 40%.
// The PNGs are committed (the build copies them byte for byte). Run after changing icon.svg:
//   node scripts/make_icons.mjs   then look at the three PNGs.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchBrowser } from '../tests/browser/harness.mjs';

const web = resolve(import.meta.dirname, '../web');
const svg = readFileSync(join(web, 'icon.svg'), 'utf8');
// The maskable icon's artwork: icon.svg's content without its own rounded background, whose edge would
// leave a faint outline on the full-bleed one.
const artwork = svg.replace(/^[\s\S]*?<svg[^>]*>|<\/svg>\s*$/g, '').replace(/<rect id="background"[^>]*\/>/, '');
const BACKGROUND = '#1f4e79';  // the theme colour, as in icon.svg

const sized = (n) => svg.replace('<svg ', `<svg width="${n}" height="${n}" `);
const maskable = (n) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" width="${n}" height="${n}">` +
  `<rect width="512" height="512" fill="${BACKGROUND}"/>` +
  `<g transform="translate(51.2 51.2) scale(0.8)">${artwork}</g></svg>`;

const ICONS = [
  { file: 'icon-192.png', size: 192, svg: sized(192) },
  { file: 'icon-512.png', size: 512, svg: sized(512) },
  { file: 'maskable-512.png', size: 512, svg: maskable(512) },
];

const chrome = await launchBrowser();
try {
  const page = await chrome.browser.newPage({ deviceScaleFactor: 1 });
  // The word is drawn with an installed font: without TLWG Loma or Waree the PNG would hold another
  // machine's fallback glyphs (or boxes). A font is installed when Latin text measures differently
  // from the monospace fallback.
  const fonts = await page.evaluate(() => {
    const ctx = document.createElement('canvas').getContext('2d');
    const width = (family) => { ctx.font = `bold 100px ${family}`; return ctx.measureText('khiw queue').width; };
    return ['Loma', 'Waree'].filter((f) => width(`${f}, monospace`) !== width('monospace'));
  });
  if (!fonts.length) throw new Error('neither TLWG Loma nor Waree is installed (apt-get install fonts-thai-tlwg-ttf)');
  mkdirSync(join(web, 'icons'), { recursive: true });
  for (const icon of ICONS) {
    await page.setViewportSize({ width: icon.size, height: icon.size });
    await page.setContent(`<style>html, body { margin: 0; }</style>${icon.svg}`);
    const png = await page.screenshot({ omitBackground: true });
    writeFileSync(join(web, 'icons', icon.file), png);
    console.log(`web/icons/${icon.file}: ${icon.size}x${icon.size}, ${png.length} bytes (font: ${fonts[0]})`);
  }
} finally {
  await chrome.close();
}
