let
  mk = args: derivation ({ system = "x86_64-linux"; builder = "/bin/sh"; } // args);
in
(mk { name = "dup"; outputs = [ "out" "out" ]; }).outPath
