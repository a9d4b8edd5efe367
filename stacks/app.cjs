// The cdktf app (cdktf.json "app", `npm run synth`): the prebuilt stacks/main.ts, rebuilt first when a
// source is newer (scripts/build-app.cjs). No TypeScript loader at run time.
"use strict";
require(require("../scripts/build-app.cjs").ensureAppBuilt());
