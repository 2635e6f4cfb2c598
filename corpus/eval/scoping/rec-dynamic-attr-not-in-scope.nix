let k = "a"; in rec { ${k} = 1; b = 2; }
