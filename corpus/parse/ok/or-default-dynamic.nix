let a = { }; k = "k"; in a.${k} or a."${k}" or null
