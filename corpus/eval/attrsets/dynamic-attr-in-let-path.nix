let k = "z"; s.${k} = 1; in s
