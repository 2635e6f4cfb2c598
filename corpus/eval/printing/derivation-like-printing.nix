{ type = "derivation"; outPath = "/x"; name = "n"; }
