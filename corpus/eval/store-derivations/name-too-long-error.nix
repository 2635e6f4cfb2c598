let
  mk = args: derivation ({ system = "x86_64-linux"; builder = "/bin/sh"; } // args);
in
(mk { name = builtins.concatStringsSep "" (builtins.genList (x: "a") 212); }).outPath
