builtins.findFile [ { path = 1; prefix = "x"; } ] "x"
