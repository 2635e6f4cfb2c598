let
  drv = derivation { name = "ctx"; system = "x86_64-linux"; builder = "/bin/sh"; outputs = [ "out" "dev" ]; };
  file = builtins.toFile "file.txt" "contents";
  src = ../store-paths/fixtures/plain.txt;
  ctx = s: builtins.getContext s;
in
let fs = builtins.genList (i: builtins.toFile "f${toString i}" (toString i)) 12; in builtins.attrNames (ctx (builtins.concatStringsSep "" fs))
