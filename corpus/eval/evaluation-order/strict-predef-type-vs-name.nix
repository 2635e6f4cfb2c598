{ name = throw "name"; type = throw "type"; }
