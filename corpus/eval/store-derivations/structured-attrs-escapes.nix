let
  mk = args: derivation ({ system = "x86_64-linux"; builder = "/bin/sh"; } // args);
in
(mk { name = "s"; __structuredAttrs = true; s = "q\" b\\ n\n t\t"; c = builtins.fromJSON "\"\\u0001\""; }).drvPath
