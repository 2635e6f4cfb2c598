let
  mk = args: derivation ({ system = "x86_64-linux"; builder = "/bin/sh"; } // args);
in
let a = mk { name = "a"; }; b = mk { name = "b"; x = a; }; c = mk { name = "c"; x = a; }; d = mk { name = "d"; l = b; r = c; }; in [ d.drvPath d.outPath ]
