// Renders build/icon.svg into every size the installers need: PNGs for Linux, .ico for Windows, .icns for macOS.
import fs from 'node:fs';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import png2icons from 'png2icons';
import { repoRoot } from './electronBinary.mjs';

const buildDir = path.join(repoRoot, 'build');
const svg = fs.readFileSync(path.join(buildDir, 'icon.svg'));
const render = (size) => new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();

fs.mkdirSync(path.join(buildDir, 'icons'), { recursive: true });
for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) {
  fs.writeFileSync(path.join(buildDir, 'icons', `${size}x${size}.png`), render(size));
}
const master = render(1024);
fs.writeFileSync(path.join(buildDir, 'icon.png'), master);
fs.writeFileSync(path.join(buildDir, 'icon.ico'), png2icons.createICO(master, png2icons.BICUBIC2, 0, false, true));
fs.writeFileSync(path.join(buildDir, 'icon.icns'), png2icons.createICNS(master, png2icons.BICUBIC2, 0));
console.log('Wrote build/icon.png, build/icon.ico, build/icon.icns and build/icons/*.png');
