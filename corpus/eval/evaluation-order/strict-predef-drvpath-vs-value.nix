{ value = throw "value"; drvPath = throw "drvPath"; }
