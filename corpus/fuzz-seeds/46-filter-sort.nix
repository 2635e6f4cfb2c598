builtins.sort builtins.lessThan (builtins.filter (x: x != 3) [ 5 3 1 4 2 ])
