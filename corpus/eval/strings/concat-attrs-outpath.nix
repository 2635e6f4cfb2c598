"a" + { outPath = "/x"; }
