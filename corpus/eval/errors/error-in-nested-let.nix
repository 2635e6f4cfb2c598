let a = let b = throw "inner b"; in b; in a
