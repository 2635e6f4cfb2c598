let
  mk = args: derivation ({ system = "x86_64-linux"; builder = "/bin/sh"; } // args);
in
let a1 = mk { name = "a"; v = "1"; }; a2 = mk { name = "a"; v = "2"; }; in (mk { name = "b"; x = a1; y = a2; }).drvPath
