{ a = { z = throw "inner"; }; b = throw "outer"; }
