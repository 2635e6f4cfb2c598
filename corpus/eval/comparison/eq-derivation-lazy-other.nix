{ type = "derivation"; outPath = "/x"; bad = throw "no"; } == { type = "derivation"; outPath = "/x"; bad = throw "no2"; }
