let k = "__overrides"; in rec { ${k} = { a = 2; }; a = 1; b = a; }
