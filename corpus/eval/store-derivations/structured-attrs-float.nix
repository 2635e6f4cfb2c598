let
  mk = args: derivation ({ system = "x86_64-linux"; builder = "/bin/sh"; } // args);
in
(mk { name = "s"; __structuredAttrs = true; f = 0.1; g = 1.0e20; h = 3.0; }).drvPath
