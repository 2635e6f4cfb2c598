builtins.partition (x: false) [ "a" "b" ]
