let a = { b = 1; }; k = "b"; in a."${k}"
