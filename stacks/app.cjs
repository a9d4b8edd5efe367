// The cdktf app (cdktf.json "app", `npm run synth`): the prebuilt stacks/main.ts, rebuilt first when a
// source is newer (scripts/build-app.cjs). No TypeScript loader at run time.
"use strict";
// Stack traces (PALETTE_DEBUG) name the TypeScript sources, through build/app.js.map; off otherwise, it costs time.
if (process.env.PALETTE_DEBUG) process.setSourceMapsEnabled(true);
require(require("../scripts/build-app.cjs").ensureAppBuilt());
