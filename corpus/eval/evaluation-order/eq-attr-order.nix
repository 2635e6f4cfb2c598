{ b = 1; a = 2; } == { b = throw "b"; a = throw "a"; }
