toString { outPath = "out"; }
