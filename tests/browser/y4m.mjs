// A fake camera from a picture: a PNG fitted (scaled and letterboxed on black) into 640x480 and written as
// a .y4m file, which Chromium plays in a loop as its camera (launchBrowser({ camera }) in harness.mjs).
import { writeFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';

const WIDTH = 640, HEIGHT = 480;

// Luma (0-255) of each pixel of a non-interlaced PNG of up to 8 bits per sample, any colour type.
export function pngLuma(png) {
  let pos = 8, width, height, depth, type, interlace, palette;
  const idat = [];
  while (pos < png.length) {
    const length = png.readUInt32BE(pos), name = png.toString('latin1', pos + 4, pos + 8);
    const data = png.subarray(pos + 8, pos + 8 + length);
    if (name === 'IHDR') [width, height, depth, type, interlace] = [data.readUInt32BE(0), data.readUInt32BE(4), data[8], data[9], data[12]];
    else if (name === 'PLTE') palette = data;
    else if (name === 'IDAT') idat.push(data);
    pos += 12 + length;
  }
  if (depth > 8 || interlace) throw new Error('pngLuma: 16-bit and interlaced PNGs are not read');
  const channels = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 }[type];
  const bpp = Math.max(1, (channels * depth) >> 3);  // bytes to the same sample of the previous pixel
  const stride = Math.ceil((width * channels * depth) / 8);
  const raw = inflateSync(Buffer.concat(idat));
  const rows = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {  // undo each row's filter (PNG spec, section 9)
    const filter = raw[y * (stride + 1)], src = y * (stride + 1) + 1, row = y * stride;
    for (let i = 0; i < stride; i++) {
      const a = i >= bpp ? rows[row + i - bpp] : 0, b = y ? rows[row + i - stride] : 0;
      const c = i >= bpp && y ? rows[row + i - stride - bpp] : 0;
      const p = a + b - c, pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
      const predict = [0, a, b, (a + b) >> 1, pa <= pb && pa <= pc ? a : pb <= pc ? b : c][filter];
      rows[row + i] = raw[src + i] + predict;
    }
  }
  const sample = (y, k) => {  // sample k of row y, scaled to 0-255 (palette indices unscaled)
    const bit = k * depth, v = (rows[y * stride + (bit >> 3)] >> (8 - depth - (bit & 7))) & ((1 << depth) - 1);
    return type === 3 ? v : (v * 255) / ((1 << depth) - 1);
  };
  const luma = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let rgb;
      if (type === 3) rgb = [...palette.subarray(sample(y, x) * 3, sample(y, x) * 3 + 3)];
      else if (channels < 3) rgb = Array(3).fill(sample(y, x * channels));
      else rgb = [0, 1, 2].map((k) => sample(y, x * channels + k));
      luma[y * width + x] = Math.round(0.299 * rgb[0] + 0.587 * rgb[1] + 0.114 * rgb[2]);
    }
  }
  return { width, height, luma };
}

// Writes `frames` identical 640x480 frames of the PNG, 10 per second, grey (no colour): YUV 4:2:0 in full
// range (C420jpeg), each "FRAME\n" + Y plane + U plane + V plane.
export function pngToY4m(png, file, frames = 3) {
  const { width, height, luma } = pngLuma(png);
  const scale = Math.min(WIDTH / width, HEIGHT / height);
  const w = Math.round(width * scale), h = Math.round(height * scale);
  const left = (WIDTH - w) >> 1, top = (HEIGHT - h) >> 1;
  const y = Buffer.alloc(WIDTH * HEIGHT);  // black bars
  for (let dy = 0; dy < h; dy++) {
    for (let dx = 0; dx < w; dx++) {  // each output pixel: the mean of the source pixels it covers
      const x0 = Math.floor(dx / scale), x1 = Math.min(width, Math.max(x0 + 1, Math.floor((dx + 1) / scale)));
      const y0 = Math.floor(dy / scale), y1 = Math.min(height, Math.max(y0 + 1, Math.floor((dy + 1) / scale)));
      let sum = 0;
      for (let sy = y0; sy < y1; sy++) for (let sx = x0; sx < x1; sx++) sum += luma[sy * width + sx];
      y[(top + dy) * WIDTH + left + dx] = Math.round(sum / ((x1 - x0) * (y1 - y0)));
    }
  }
  const chroma = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2) * 2, 128);  // U and V: no colour
  const frame = Buffer.concat([Buffer.from('FRAME\n'), y, chroma]);
  writeFileSync(file, Buffer.concat([Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F10:1 Ip A1:1 C420jpeg\n`),
    ...Array(frames).fill(frame)]));
}
