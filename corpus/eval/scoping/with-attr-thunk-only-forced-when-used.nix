with { a = throw "a"; b = 1; }; b
