let k = "x"; in { ${k}.a = 1; y = 2; }
