scopedImport { __findFile = path: name: "found ${name}"; } ./lib/angle.nix
