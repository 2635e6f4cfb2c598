let a = { type = "derivation"; outPath = "/x"; other = 1; }; b = { type = "derivation"; outPath = "/x"; other = 2; }; in a == b
