builtins.baseNameOf "/a/b/"
