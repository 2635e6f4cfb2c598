let
  mk = args: derivation ({ system = "x86_64-linux"; builder = "/bin/sh"; } // args);
in
(mk { name = "a+b-c.d_e?f=g"; }).outPath
