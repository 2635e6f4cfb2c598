{ a = 1; b = 1 + 1; c = [ "x" ]; d = { e = 2; }; f = throw "lazy"; }
