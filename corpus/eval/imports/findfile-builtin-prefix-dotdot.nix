builtins.findFile [ { path = ./lib; prefix = "x"; } ] "x/../imports.nix"
