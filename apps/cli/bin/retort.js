#!/usr/bin/env node
// The `retort` executable. It exists before the build (so package managers can link it on
// install) and runs the compiled CLI.
require('../dist/bin.js');
