builtins.sub { } "x"
