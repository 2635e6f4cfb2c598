let
  mk = args: derivation ({ system = "x86_64-linux"; builder = "/bin/sh"; } // args);
in
let a = mk { name = "a"; }; in [ (mk { name = "b"; d = builtins.unsafeDiscardStringContext a.outPath; }).drvPath (mk { name = "b"; d = a.outPath; }).drvPath ]
