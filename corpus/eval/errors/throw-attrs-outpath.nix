throw { outPath = "op"; }
