builtins.mapAttrs (n: v: builtins.length v) (builtins.groupBy (x: "k") [ (throw "a") (throw "b") ])
