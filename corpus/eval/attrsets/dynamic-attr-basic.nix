let k = "dyn"; in { ${k} = 1; static = 2; }
