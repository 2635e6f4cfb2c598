builtins.filter (x: x != null) [ 1 null (throw "forced") ]
