let
  mk = args: derivation ({ system = "x86_64-linux"; builder = "/bin/sh"; } // args);
in
(mk { name = "e"; f = 1.5; g = 0.1; }).drvPath
