{ value = throw "value"; name = throw "name"; outPath = throw "outPath"; drvPath = throw "drvPath"; type = throw "type"; meta = throw "meta"; }
