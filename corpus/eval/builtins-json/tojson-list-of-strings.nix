builtins.toJSON (builtins.genList (i: "s${toString i}") 5)
