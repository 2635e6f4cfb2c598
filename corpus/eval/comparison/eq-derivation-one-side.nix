{ type = "derivation"; outPath = "/x"; } == { outPath = "/x"; }
