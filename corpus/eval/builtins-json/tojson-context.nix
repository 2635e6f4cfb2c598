builtins.getContext (builtins.toJSON { s = "${builtins.toFile "f" "x"}"; })
