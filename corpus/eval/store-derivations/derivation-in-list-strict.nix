let
  mk = args: derivation ({ system = "x86_64-linux"; builder = "/bin/sh"; } // args);
in
[ (mk { name = "l1"; }) (mk { name = "l2"; }) ]
