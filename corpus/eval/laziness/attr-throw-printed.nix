{ a = 1; b = throw "attr"; }
