builtins.deepSeq { name = throw "name"; meta = throw "meta"; } 1
