let t = builtins.fromTOML "a = 1979-05-27"; in 1
