[ { type = "derivation"; a = 1; } ]
