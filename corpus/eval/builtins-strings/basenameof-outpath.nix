baseNameOf { outPath = "/x/y"; }
