builtins.findFile [ { path = ./lib; prefix = "x"; } ] "x"
