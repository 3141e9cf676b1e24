// electron-builder configuration: what goes into the installers (the built out/ and package.json; production
// node_modules are added by electron-builder) and how each platform is packaged. Used by `npm run dist`.
import type { Configuration } from 'electron-builder';

import { afterPack } from './build/after-pack';

/** The jsPDF file Node resolves for `import 'jspdf'` (its package.json exports, condition "node"). */
export const JSPDF_BUILD_IN_USE = 'jspdf.node.min.js';
/** jsPDF's optional dependencies (canvg, core-js, dompurify, html2canvas) and what only they depend on. */
export const JSPDF_UNUSED_DEPENDENCIES = [
  'canvg',
  'core-js',
  'dompurify',
  'html2canvas',
  'raf',
  'performance-now',
  'rgbcolor',
  'stackblur-canvas',
  'svg-pathdata',
  'css-line-break',
  'text-segmentation',
  'utrie',
  'base64-arraybuffer',
];

const config: Configuration = {
  appId: 'io.scopewise.app',
  productName: 'Scopewise',
  directories: { buildResources: 'build', output: 'dist' },
  files: [
    'out/**',
    'package.json',
    // better-sqlite3 needs only its lib/ and the compiled addon at run time, not the SQLite sources or objects.
    '!node_modules/better-sqlite3/{deps,src,build/deps,build/Release/obj,build/Release/obj.target,build/Release/.deps}{,/**}',
    '!node_modules/better-sqlite3/build/Release/test_extension.node',
    // The CLI's bundle (build/cli-bundle.mjs) serves the command line of a checkout; the app never loads it.
    '!out/cli{,/**}',
    // A lean install (tests/build/packaging.test.ts packs the real tree and checks): no source maps, no static
    // libraries or object files left by a native build, ...
    '!**/*.map',
    '!**/*.{a,lib,o,obj}',
    // ... of jsPDF only the build the main process loads (the "node" entry of its exports map, for out/main's
    // `import "jspdf"`), and none of its optional dependencies, which it requires only inside html() and
    // addSvgAsImage(), never called here (the CLI bundle leaves them out for the same reason).
    `!node_modules/jspdf/dist/!(${JSPDF_BUILD_IN_USE})`,
    `!node_modules/{${JSPDF_UNUSED_DEPENDENCIES.join(',')}}{,/**}`,
  ],
  asar: true,
  // A native addon cannot be loaded from inside the asar archive.
  asarUnpack: ['node_modules/better-sqlite3/**'],
  // Rebuild better-sqlite3 for Electron's ABI (node_modules holds the Node build the tests and CLI use).
  npmRebuild: true,
  afterPack,
  // Never upload anything: packaging is a local or CI step, releases are published by hand.
  publish: null,
  linux: {
    target: ['AppImage', 'deb'],
    icon: 'build/icons',
    category: 'Office',
    synopsis: 'Recommends Django, Flask or FastAPI in scoping workshops and exports a branded proposal',
    maintainer: 'Codism <info@codism.io>',
    desktop: { entry: { Name: 'Scopewise', Comment: 'Scope a Python web project and export a proposal', Keywords: 'proposal;scoping;django;flask;fastapi;' } },
  },
  deb: { packageCategory: 'office' },
  win: { target: [{ target: 'nsis', arch: ['x64'] }], icon: 'build/icon.ico' },
  nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true, createDesktopShortcut: true, createStartMenuShortcut: true },
  mac: { target: ['dmg'], icon: 'build/icon.png', category: 'public.app-category.business' },
};

export default config;
