builtins.partition (x: true) [ 1 (throw "forced") ]
