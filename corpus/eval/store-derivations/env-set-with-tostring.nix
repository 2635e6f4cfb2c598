let
  mk = args: derivation ({ system = "x86_64-linux"; builder = "/bin/sh"; } // args);
in
(mk { name = "e"; s = { __toString = self: "from toString"; }; }).drvPath
