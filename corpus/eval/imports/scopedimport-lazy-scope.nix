scopedImport { x = 1; unused = throw "no"; } ./lib/free-x.nix
