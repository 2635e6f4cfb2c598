let k = "a"; in let x.${k} = 1; x.b = 2; in x
