let
  mk = args: derivation ({ system = "x86_64-linux"; builder = "/bin/sh"; } // args);
in
let a = mk { name = "a"; outputs = [ "out" "dev" "bin" ]; }; in builtins.attrNames (builtins.getContext "${a.bin}${a.dev}${a.out}").${builtins.unsafeDiscardStringContext a.drvPath}
