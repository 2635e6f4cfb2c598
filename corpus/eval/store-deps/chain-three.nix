let
  mk = args: derivation ({ system = "x86_64-linux"; builder = "/bin/sh"; } // args);
in
let a = mk { name = "a"; }; b = mk { name = "b"; dep = a; }; c = mk { name = "c"; dep = b; }; in [ c.drvPath c.outPath ]
