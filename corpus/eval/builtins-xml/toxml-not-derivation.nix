builtins.toXML { type = "derivationX"; outPath = "/o"; }
