builtins.toXML { type = "derivation"; drvPath = 1; outPath = [ ]; }
