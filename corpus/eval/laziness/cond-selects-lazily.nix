let s = { a = throw "a"; b = throw "b"; }; in if s ? a then "has a" else "no"
