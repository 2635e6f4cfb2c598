{ outPath = "op"; } + "x"
