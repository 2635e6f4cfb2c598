builtins.toXML { type = "derivation"; outPath = "/o"; }
