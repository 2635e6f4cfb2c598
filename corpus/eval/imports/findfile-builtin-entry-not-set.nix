builtins.findFile [ 1 ] "x"
