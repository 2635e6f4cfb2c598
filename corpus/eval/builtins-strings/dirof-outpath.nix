dirOf { outPath = "/x/y"; }
