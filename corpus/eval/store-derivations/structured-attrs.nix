let
  mk = args: derivation ({ system = "x86_64-linux"; builder = "/bin/sh"; } // args);
in
(mk { name = "s"; __structuredAttrs = true; a = 1; b = [ true null 1.5 "s" ]; c = { x = { y = "z"; }; }; }).drvPath
