{ outPath = throw "outPath"; meta = throw "meta"; }
