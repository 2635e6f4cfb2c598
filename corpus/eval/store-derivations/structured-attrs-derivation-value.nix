let
  mk = args: derivation ({ system = "x86_64-linux"; builder = "/bin/sh"; } // args);
in
let dep = mk { name = "dep"; }; in (mk { name = "s"; __structuredAttrs = true; inherit dep; }).drvPath
