import { writeFileSync, mkdirSync } from 'node:fs';
import { buildFxSheet, buildIconSheet, buildTitleArt, buildAppIcon } from './fx';
mkdirSync('/tmp/art', { recursive: true });
writeFileSync('/tmp/art/fx.png', buildFxSheet().toPng());
writeFileSync('/tmp/art/icons.png', buildIconSheet().toPng());
writeFileSync('/tmp/art/title.png', buildTitleArt().toPng());
writeFileSync('/tmp/art/icon.png', buildAppIcon(192, false).toPng());
