let
  mk = args: derivation ({ system = "x86_64-linux"; builder = "/bin/sh"; } // args);
in
let a = mk { name = "bash"; }; in (mk { name = "b"; builder = "${a}/bin/bash"; }).drvPath
