{ a = 1; b = throw "boom"; c = 3; }
