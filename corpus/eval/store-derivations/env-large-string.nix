let
  mk = args: derivation ({ system = "x86_64-linux"; builder = "/bin/sh"; } // args);
in
(mk { name = "big"; s = builtins.concatStringsSep "," (builtins.genList toString 5000); }).drvPath
