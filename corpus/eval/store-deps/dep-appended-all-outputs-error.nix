let
  mk = args: derivation ({ system = "x86_64-linux"; builder = "/bin/sh"; } // args);
in
let a = mk { name = "a"; }; p = builtins.unsafeDiscardStringContext a.drvPath; in (mk { name = "b"; x = builtins.appendContext "" { ${p} = { allOutputs = true; }; }; }).drvPath
