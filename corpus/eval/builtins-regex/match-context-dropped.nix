builtins.map (x: if x == null then null else builtins.hasContext x) (builtins.match "(.*)" "${builtins.toFile "f" "x"}")
