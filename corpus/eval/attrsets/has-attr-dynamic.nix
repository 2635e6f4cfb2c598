let k = "b"; in { b = 1; } ? ${k}
