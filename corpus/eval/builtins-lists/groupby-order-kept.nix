builtins.groupBy (s: builtins.substring 0 1 s) [ "bar" "foo" "baz" "fab" "b" ]
