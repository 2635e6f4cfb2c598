let
  mk = args: derivation ({ system = "x86_64-linux"; builder = "/bin/sh"; } // args);
in
let a = mk { name = "a"; }; in [ (mk { name = "c"; x = a; y = a; z = "${a}${a}"; }).drvPath (mk { name = "c"; x = a; y = a; z = "${a}${a}"; }).outPath ]
