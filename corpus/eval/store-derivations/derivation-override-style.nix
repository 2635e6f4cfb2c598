let
  mk = args: derivation ({ system = "x86_64-linux"; builder = "/bin/sh"; } // args);
in
let base = { name = "base"; v = "1"; }; a = mk base; b = mk (base // { v = "2"; }); in [ a.drvPath b.drvPath ]
