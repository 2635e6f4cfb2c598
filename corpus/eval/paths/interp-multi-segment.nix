let s = "a/b"; in ./x/${s}
