let
  mk = args: derivation ({ system = "x86_64-linux"; builder = "/bin/sh"; } // args);
in
let d = mk { name = "m"; outputs = [ "out" "dev" ]; }; in d.drvPath == d.dev.drvPath
