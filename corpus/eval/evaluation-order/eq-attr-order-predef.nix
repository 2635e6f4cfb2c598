{ name = 1; type = 2; } == { name = throw "name"; type = throw "type"; }
