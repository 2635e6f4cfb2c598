let
  mk = args: derivation ({ system = "x86_64-linux"; builder = "/bin/sh"; } // args);
in
(mk { name = "h"; outputHashMode = "recursive"; outputHashAlgo = "sha256"; }).drvPath
