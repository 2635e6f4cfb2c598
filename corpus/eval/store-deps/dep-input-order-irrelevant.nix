let
  mk = args: derivation ({ system = "x86_64-linux"; builder = "/bin/sh"; } // args);
in
let a = mk { name = "a"; }; b = mk { name = "b"; }; in [ (mk { name = "c"; x = "${a}${b}"; }).drvPath (mk { name = "c"; x = "${b}${a}"; }).drvPath ]
