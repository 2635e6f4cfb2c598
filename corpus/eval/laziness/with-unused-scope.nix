with { a = throw "a"; }; 1
