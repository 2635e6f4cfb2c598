let
  mk = args: derivation ({ system = "x86_64-linux"; builder = "/bin/sh"; } // args);
in
(mk { name = "b"; x = builtins.storePath /nix/store/00000000000000000000000000000000-ext; }).drvPath
