{ type = "derivation"; outPath = "/x"; } == { type = "derivation"; outPath = "/y"; }
