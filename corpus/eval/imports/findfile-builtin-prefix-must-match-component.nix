builtins.findFile [ { path = ./lib; prefix = "x"; } ] "xy"
