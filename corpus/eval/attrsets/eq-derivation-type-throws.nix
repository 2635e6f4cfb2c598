{ type = throw "t1"; } == { type = throw "t2"; }
